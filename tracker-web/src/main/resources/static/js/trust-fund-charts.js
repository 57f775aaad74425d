// Draws the Trust Fund's charts (contributions per year, grants per region) from the page's JSON data block.
(function () {
  'use strict';
  var dataBlock = document.getElementById('fund-chart-data');
  if (!dataBlock || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(dataBlock.textContent);
  var rtl = document.documentElement.dir === 'rtl';
  var locale = rtl ? 'ar' : 'en';
  var direction = { rtl: rtl, textDirection: rtl ? 'rtl' : 'ltr' };
  // Amounts on Arabic pages as UN Arabic prints them: Arabic-Indic digits, groups of three
  // separated by '.' from five digits up (٤٠٠.٠٠٠), four-digit numbers ungrouped.
  var arabicDigits = '٠١٢٣٤٥٦٧٨٩';
  function amount(value) {
    var text = String(Math.round(value));
    if (text.length >= 5) {
      text = text.replace(/\B(?=(\d{3})+(?!\d))/g, rtl ? '.' : ',');
    } else if (!rtl && text.length === 4) {
      text = text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    }
    var style = document.documentElement.dataset.digits;
    return (style ? style === 'arabic-indic' : rtl)
        ? text.replace(/[0-9]/g, function (d) { return arabicDigits[d]; }) : text;
  }
  var colours = ['#009edb', '#c5192d', '#4c9f38', '#fd9d24', '#a21942', '#26bde2', '#8f8f8f'];
  var perYear = document.getElementById('contributions-chart');
  if (perYear) {
    new Chart(perYear, {
      type: 'bar',
      data: { labels: data.yearLabels, datasets: [{ label: data.paidLabel, data: data.paid, backgroundColor: '#009edb' }] },
      options: {
        responsive: true, maintainAspectRatio: false, locale: locale,
        scales: { x: { reverse: rtl }, y: { beginAtZero: true, position: rtl ? 'right' : 'left', ticks: { callback: amount } } },
        plugins: { legend: direction, tooltip: direction }
      }
    });
  }
  var perRegion = document.getElementById('regions-chart');
  if (perRegion) {
    new Chart(perRegion, {
      type: 'doughnut',
      data: { labels: data.regionLabels,
              datasets: [{ label: data.grantsLabel, data: data.grants,
                           backgroundColor: data.grants.map(function (_, i) { return colours[i % colours.length]; }) }] },
      options: { responsive: true, maintainAspectRatio: false, locale: locale,
                 plugins: { legend: direction, tooltip: direction } }
    });
  }
}());
