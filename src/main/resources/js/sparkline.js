/*
 * SuccessDesk sparkline: a small uPlot line of daily health scores (no axes, no legend) with a text alternative.
 * Days without a score are gaps, not zeros.
 */
define('successdesk/sparkline', ['successdesk/vendor/uplot', 'successdesk/series', 'successdesk/dom'], function (uPlot, series, dom) {
    'use strict';

    function render(points, label, options) {
        var opts = options || {};
        var figure = dom.el('span', 'successdesk-sparkline');
        figure.setAttribute('role', 'img');
        var data = series.dailyScores(points);
        var summary = series.describe(points);
        figure.setAttribute('aria-label', label + ': ' + summary);
        figure.title = label + ': ' + summary;
        // uPlot measures nothing itself: draw once the element is attached, at the size asked for
        window.requestAnimationFrame(function () {
            new uPlot({
                width: opts.width || 96,
                height: opts.height || 24,
                pxAlign: false,
                cursor: {show: false},
                legend: {show: false},
                select: {show: false},
                scales: {x: {time: false}, y: {range: [0, 100]}},
                axes: [{show: false}, {show: false}],
                // a canvas takes colours, not CSS variables: AUI's link blue
                series: [{}, {stroke: '#0052cc', width: 1.5, spanGaps: false, points: {show: false}}]
            }, data, figure);
        });
        return figure;
    }

    return {render: render};
});
