// Draws each report chart from the table beside it, so the chart and its accessible table always show the same
// numbers. Suppressed cells ("<5") carry no value and are drawn as gaps.
(function () {
    'use strict';
    var palette = ['#0b5d7a', '#b35c00', '#2e7d32', '#6a1b9a'];

    function draw(canvas) {
        var table = document.getElementById(canvas.getAttribute('data-chart-for'));
        if (!table || typeof Chart === 'undefined') {
            return;
        }
        var kind = table.getAttribute('data-chart');
        var names = Array.prototype.map.call(table.querySelectorAll('thead th.num'), function (th) {
            return th.textContent.trim();
        });
        var labels = [];
        var series = names.map(function () { return []; });
        Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
            labels.push(row.querySelector('th').textContent.trim());
            Array.prototype.forEach.call(row.querySelectorAll('td'), function (cell, i) {
                var value = cell.getAttribute('data-value');
                series[i].push(value === '' ? null : Number(value));
            });
        });
        new Chart(canvas, {
            type: kind === 'line' ? 'line' : 'bar',
            data: {
                labels: labels,
                datasets: series.map(function (values, i) {
                    return {label: names[i], data: values, backgroundColor: palette[i % palette.length],
                        borderColor: palette[i % palette.length], spanGaps: false};
                })
            },
            options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                indexAxis: kind === 'bar' && labels.length > 6 ? 'y' : 'x',
                plugins: {legend: {display: names.length > 1}},
                scales: {x: {ticks: {autoSkip: false}}, y: {beginAtZero: true, ticks: {precision: 0}}}
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart-for]'), draw);
    });
}());
