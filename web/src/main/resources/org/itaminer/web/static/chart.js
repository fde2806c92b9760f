// Draws the ITA score chart of the year-over-year page from the JSON in each [data-chart] element (the CSP allows no
// inline script, so the data travels as an attribute). Runs on a full page load and after each htmx swap.
(function () {
  'use strict';
  function draw(root) {
    if (typeof echarts === 'undefined' || !root || !root.querySelectorAll) {
      return;
    }
    var found = root.matches && root.matches('[data-chart]') ? [root] : root.querySelectorAll('[data-chart]');
    Array.prototype.forEach.call(found, function (el) {
      if (el.getAttribute('data-drawn') === 'yes') {
        return;
      }
      var d = JSON.parse(el.getAttribute('data-chart'));
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        title: { text: d.title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        xAxis: { type: 'category', name: 'ปีงบประมาณ', data: d.years.map(String) },
        yAxis: { type: 'value', name: 'ITA', min: 0, max: 100 },
        series: [{
          type: 'line', data: d.scores, symbolSize: 8,
          label: {
            show: true, position: 'top',
            formatter: function (p) { var g = d.grades[p.dataIndex]; return p.value + (g ? ' (' + g + ')' : ''); }
          }
        }]
      });
      el.setAttribute('data-drawn', 'yes');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:load', function (e) { draw(e.detail.elt); });
}());
