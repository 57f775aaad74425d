// Draws every <canvas data-chart="ID"> from the page's JSON data block ID ({labels, series: [{label,
// values}]}): a line chart (stepped with data-chart-stepped) or a bar chart (data-chart-type="bar"),
// right to left with Arabic-Indic digits on its axis in the Arabic interface. Each chart has a table.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var rtl = document.documentElement.dir === 'rtl';
  // one digit style per page: the one the server printed the page in (<html data-digits>)
  var arabicIndic = document.documentElement.dataset.digits ? document.documentElement.dataset.digits === 'arabic-indic' : rtl;
  var colours = ['#009edb', '#c5192d', '#4c9f38', '#fd9d24'];
  var digits = function (value) {
    return arabicIndic ? String(value).replace(/[0-9]/g, function (d) { return '٠١٢٣٤٥٦٧٨٩'.charAt(+d); }) : String(value);
  };
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var block = document.getElementById(canvas.dataset.chart);
    if (!block) {
      return;
    }
    var data = JSON.parse(block.textContent);
    var stepped = canvas.hasAttribute('data-chart-stepped');
    new Chart(canvas, {
      type: canvas.dataset.chartType || 'line',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          return { label: s.label, data: s.values, stepped: stepped, borderColor: colours[i % colours.length],
                   backgroundColor: colours[i % colours.length], pointRadius: 2 };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale: rtl ? 'ar' : 'en',
        // the first and the last label of the time axis are drawn inward, never clipped at the edges
        layout: { padding: { left: 8, right: 8 } },
        scales: { x: { reverse: rtl, ticks: { maxRotation: 0, autoSkipPadding: 12, align: 'inner',
                                             callback: function (v) { return digits(this.getLabelForValue(v)); } } },
                  y: { beginAtZero: true, position: rtl ? 'right' : 'left',
                                           ticks: { callback: function (v) { return digits(v); } } } },
        plugins: { legend: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr' },
                   tooltip: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr' } }
      }
    });
  });
}());
