// Draws the cumulative number of parties per treaty from the page's JSON data block.
(function () {
  'use strict';
  var dataBlock = document.getElementById('chart-data');
  var canvas = document.getElementById('parties-chart');
  if (!dataBlock || !canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(dataBlock.textContent);
  var colours = ['#009edb', '#c5192d', '#4c9f38', '#fd9d24'];
  var rtl = document.documentElement.dir === 'rtl';
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.series.map(function (s, i) {
        return { label: s.label, data: s.values, stepped: true, borderColor: colours[i % colours.length],
                 backgroundColor: colours[i % colours.length], pointRadius: 2 };
      })
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: rtl ? 'ar' : 'en',
      scales: { x: { reverse: rtl }, y: { beginAtZero: true, position: rtl ? 'right' : 'left' } },
      plugins: { legend: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr' },
                 tooltip: { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr' } }
    }
  });
}());
