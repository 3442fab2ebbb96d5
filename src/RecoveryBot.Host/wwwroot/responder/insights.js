// Programme dashboard charts: each <table data-chart> is drawn with Chart.js on the canvas it names. The numbers
// come from the table cells (data-value); a suppressed cell ("<5") has no number and is left out of the chart.
// No inline script anywhere (the console's CSP), and the tables stay on the page as the accessible version.
(function () {
  "use strict";
  if (typeof window.Chart === "undefined") { return; }
  var palette = ["#1f5f99", "#b3541e", "#2e7d32", "#6a3d9a", "#8c6d00", "#00838f", "#ad1457", "#555555"];

  function number(cell) {
    var v = cell.getAttribute("data-value");
    return v === null ? null : Number(v);
  }

  function draw(table) {
    var canvas = document.getElementById(table.getAttribute("data-canvas"));
    if (!canvas) { return; }
    var type = table.getAttribute("data-chart");
    var series = Array.prototype.slice.call(table.querySelectorAll("thead th")).slice(1).map(function (th) { return th.textContent; });
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var labels = rows.map(function (tr) { return tr.getAttribute("data-label"); });
    var datasets = series.map(function (name, i) {
      var color = palette[i % palette.length];
      return {
        label: name,
        data: rows.map(function (tr) { return number(tr.querySelectorAll("td")[i]); }),
        backgroundColor: type === "doughnut" ? labels.map(function (_, j) { return palette[j % palette.length]; }) : color,
        borderColor: type === "doughnut" ? "#ffffff" : color,
        spanGaps: false,
      };
    });
    new window.Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: type === "doughnut" || series.length > 1 } },
        scales: type === "doughnut" ? {} : { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    canvas.setAttribute("data-rendered", "true");
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-chart]"), draw);
  document.body.setAttribute("data-charts-ready", "true");
})();
