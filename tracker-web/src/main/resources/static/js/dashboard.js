// Draws the dashboard's three charts from the page's JSON data blocks (each also has a table).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var rtl = document.documentElement.dir === 'rtl';
  var colours = ['#009edb', '#c5192d', '#4c9f38', '#fd9d24'];
  var arabicDigits = function (value) {
    return rtl ? String(value).replace(/[0-9]/g, function (d) { return '٠١٢٣٤٥٦٧٨٩'.charAt(+d); }) : String(value);
  };
  function draw(canvasId, dataId, type, stepped) {
    var canvas = document.getElementById(canvasId);
    var block = document.getElementById(dataId);
    if (!canvas || !block) {
      return;
    }
    var data = JSON.parse(block.textContent);
    new Chart(canvas, {
      type: type,
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
        scales: { x: { reverse: rtl }, y: { beginAtZero: true, position: rtl ? 'right' : 'left',
                                           ticks: { callback: function (v) { return arabicDigits(v); } } } },
        plugins: { legend: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr' },
                   tooltip: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr' } }
      }
    });
  }
  draw('dashboard-parties', 'dashboard-parties-data', 'line', true);
  draw('dashboard-regions', 'dashboard-regions-data', 'bar', false);
  draw('dashboard-fund', 'dashboard-fund-data', 'bar', false);
}());
