/*
 * SuccessDesk health history chart: the daily effective score as a uPlot line on a 0–100 axis, days without a snapshot
 * as gaps, scorecard changes as dashed markers (and listed in words under the chart); a table of the same days for
 * screen readers and copy-paste (behind a disclosure).
 */
define('successdesk/health-chart', ['successdesk/vendor/uplot', 'successdesk/series', 'successdesk/dom', 'successdesk/format'],
function (uPlot, series, dom, format) {
    'use strict';

    var el = dom.el;
    var HEIGHT = 200;
    var LINE_COLOUR = '#0052cc';
    var MARKER_COLOUR = '#6554c0';

    function dayLabel(seconds) {
        return format.date(new Date(seconds * 1000).toISOString().slice(0, 10));
    }

    /** Draws the scorecard-change markers on the plot area. */
    function markers(changes) {
        return function (plot) {
            var ctx = plot.ctx;
            var left = plot.bbox.left;
            var right = left + plot.bbox.width;
            ctx.save();
            ctx.setLineDash([4, 4]);
            ctx.lineWidth = 1;
            ctx.strokeStyle = MARKER_COLOUR;
            changes.forEach(function (day) {
                var x = plot.valToPos(format.utcDay(day) / 1000, 'x', true);
                if (x >= left && x <= right) {
                    ctx.beginPath();
                    ctx.moveTo(x, plot.bbox.top);
                    ctx.lineTo(x, plot.bbox.top + plot.bbox.height);
                    ctx.stroke();
                }
            });
            ctx.restore();
        };
    }

    function table(days) {
        var details = el('details', 'successdesk-chart-table');
        details.appendChild(el('summary', null, AJS.I18n.getText('successdesk.chart.table')));
        var grid = el('table', 'aui');
        var head = el('tr');
        head.appendChild(dom.attrs(el('th', null, AJS.I18n.getText('successdesk.chart.day')), {scope: 'col'}));
        head.appendChild(dom.attrs(el('th', null, AJS.I18n.getText('successdesk.chart.score')), {scope: 'col'}));
        grid.appendChild(dom.append(el('thead'), head));
        var body = el('tbody');
        days.slice().reverse().forEach(function (day) {
            body.appendChild(dom.append(el('tr'), el('td', null, format.date(day.day)),
                el('td', null, day.score === undefined || day.score === null ? '\u2013' : format.number(day.score, 1))));
        });
        grid.appendChild(body);
        details.appendChild(grid);
        return details;
    }

    /** history: GET accounts/{key}/health/history ({days: [{day, score}], scorecardChanges: [day]}). */
    function render(history) {
        var days = history.days || [];
        var changes = history.scorecardChanges || [];
        var figure = el('figure', 'successdesk-health-chart');
        var caption = el('figcaption', null, AJS.I18n.getText('successdesk.chart.health.caption',
            format.date(history.from), format.date(history.to)));
        var plotArea = el('div', 'successdesk-chart-plot');
        plotArea.setAttribute('role', 'img');
        plotArea.setAttribute('aria-label', AJS.I18n.getText('successdesk.chart.health.label') + ': ' + series.describe(days));
        dom.append(figure, caption, plotArea);
        if (changes.length) {
            figure.appendChild(el('p', 'successdesk-chart-note', AJS.I18n.getText('successdesk.chart.scorecard-changes',
                changes.map(function (day) {
                    return format.date(day);
                }).join(', '))));
        }
        figure.appendChild(table(days));
        if (!days.length) {
            plotArea.appendChild(el('p', 'successdesk-empty', AJS.I18n.getText('successdesk.chart.no-data')));
            return figure;
        }
        // uPlot measures nothing itself: draw once the figure is in the page, as wide as its column
        window.requestAnimationFrame(function () {
            var width = Math.max(240, plotArea.clientWidth || 480);
            new uPlot({
                width: width,
                height: HEIGHT,
                scales: {x: {time: false}, y: {range: [0, 100]}},
                legend: {show: false},
                axes: [
                    {values: function (plot, ticks) {
                        return ticks.map(dayLabel);
                    }, space: 90},
                    {label: AJS.I18n.getText('successdesk.chart.score'), values: function (plot, ticks) {
                        return ticks.map(function (tick) {
                            return format.number(tick, 0);
                        });
                    }}
                ],
                series: [{}, {label: AJS.I18n.getText('successdesk.chart.score'), stroke: LINE_COLOUR, width: 2,
                    spanGaps: false, points: {show: false}}],
                hooks: {draw: [markers(changes)]}
            }, series.dailyScores(days), plotArea);
        });
        return figure;
    }

    return {render: render};
});
