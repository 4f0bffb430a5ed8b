// Draws every <canvas data-chart="..."> with Chart.js. The JSON names the chart type, the labels and the
// series; each chart has a data table next to it, so the figures never depend on this script.
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }

    var palette = ['#1f7f75', '#c8481c', '#17324d', '#f5c451', '#6a3d9a', '#2f5d8a', '#8c2a4f', '#3d6b1f'];
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var config = JSON.parse(canvas.getAttribute('data-chart'));
        var round = config.type === 'doughnut' || config.type === 'pie';
        var datasets = config.datasets.map(function (series, i) {
            var colour = round ? palette.slice(0, series.data.length) : palette[i % palette.length];
            return { label: series.label, data: series.data, backgroundColor: colour, borderColor: colour, tension: 0.3 };
        });
        new Chart(canvas, {
            type: config.type,
            data: { labels: config.labels, datasets: datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                plugins: { legend: { position: 'bottom' } },
                scales: round ? {} : { y: { beginAtZero: true, ticks: { precision: 0 } } }
            }
        });
    });
})();
