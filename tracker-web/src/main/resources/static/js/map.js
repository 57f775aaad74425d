// Draws the world map from the vendored 110m atlas, coloured by the page's data, with details on
// hover, focus or tap; the year slider loads the map of the year's end (today for this year).
(function () {
  'use strict';
  var svg = document.getElementById('world-map');
  var block = document.getElementById('map-data');
  var details = document.getElementById('map-details');
  var slider = document.getElementById('map-year');
  var label = document.getElementById('map-year-label');
  var rtl = document.documentElement.dir === 'rtl';
  var digits = function (value) {
    return rtl ? String(value).replace(/[0-9]/g, function (d) { return '٠١٢٣٤٥٦٧٨٩'.charAt(+d); }) : String(value);
  };
  if (slider) {
    slider.addEventListener('input', function () {
      label.textContent = digits(slider.value);
      slider.setAttribute('aria-valuetext', digits(slider.value));
    });
    slider.addEventListener('change', function () {
      var year = slider.value;
      var asOf = year === slider.dataset.lastYear ? slider.dataset.today : year + '-12-31';
      var url = new URL(window.location.href);
      url.searchParams.set('treaty', slider.dataset.treaty);
      url.searchParams.set('asOf', asOf);
      window.location.assign(url.toString());
    });
  }
  if (!svg || !block || typeof d3 === 'undefined' || typeof topojson === 'undefined') {
    return;
  }
  var byM49 = {};
  JSON.parse(block.textContent).forEach(function (p) {
    if (p.m49) {
      byM49[p.m49] = p;
    }
  });
  function describe(p) {
    var text = p.name + ': ' + p.statusLabel;
    if (p.action) {
      text += ' (' + p.action + (p.date ? ', ' + p.date : '') + ')';
    }
    return text;
  }
  var ns = 'http://www.w3.org/2000/svg';
  fetch(svg.dataset.atlas).then(function (r) { return r.json(); }).then(function (topo) {
    var countries = topojson.feature(topo, topo.objects.countries);
    var projection = d3.geoNaturalEarth1().fitSize([960, 500], countries);
    var path = d3.geoPath(projection);
    countries.features.forEach(function (f) {
      var p = byM49[f.id];
      var shape = document.createElementNS(ns, 'path');
      shape.setAttribute('d', path(f));
      shape.setAttribute('class', 'map-shape map-' + (p ? p.status : 'unknown'));
      if (p) {
        shape.setAttribute('data-iso3', p.iso3);
        shape.setAttribute('tabindex', '0');
        shape.setAttribute('role', 'img');
        shape.setAttribute('aria-label', describe(p));
        var title = document.createElementNS(ns, 'title');
        title.textContent = describe(p);
        shape.appendChild(title);
        var show = function () { details.textContent = describe(p); };
        shape.addEventListener('mouseenter', show);
        shape.addEventListener('focus', show);
        shape.addEventListener('click', show);
      }
      svg.appendChild(shape);
    });
    svg.setAttribute('data-drawn', String(countries.features.length));
  });
}());
