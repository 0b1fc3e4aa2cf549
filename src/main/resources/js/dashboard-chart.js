/*
 * SuccessDesk dashboard charts: uPlot lines (and optional bars) over periods, as wide as the item, with labelled axes,
 * a legend in words, gaps for periods without data; and the same numbers as an AUI table for screen readers and
 * copy-paste. Colours are the colour-blind-safe Okabe–Ito set, always with a text label beside them.
 */
define('successdesk/dashboard-chart', ['successdesk/vendor/uplot', 'successdesk/dom', 'successdesk/format'],
function (uPlot, dom, format) {
    'use strict';

    var el = dom.el;
    var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9'];
    var MARKER_COLOUR = '#6554c0';
    var HEIGHT = 220;

    function monthLabel(seconds) {
        return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {month: 'short', year: '2-digit',
            timeZone: 'UTC'}).format(new Date(seconds * 1000));
    }

    function dayLabel(seconds) {
        return format.date(new Date(seconds * 1000).toISOString().slice(0, 10));
    }

    /**
     * spec: {data: uPlot columns, series: [{label, bars?, dash?, colour?}], yLabel, yRange?, xByMonth?, y2Label? (bars on
     * a second scale)}. Draws once the element is in the page.
     */
    /** Dashed vertical lines at the given x values (scorecard changes), drawn over the plot area. */
    function markers(xs) {
        return function (plot) {
            var ctx = plot.ctx;
            ctx.save();
            ctx.setLineDash([4, 4]);
            ctx.lineWidth = 1;
            ctx.strokeStyle = MARKER_COLOUR;
            xs.forEach(function (x) {
                var at = plot.valToPos(x, 'x', true);
                if (at >= plot.bbox.left && at <= plot.bbox.left + plot.bbox.width) {
                    ctx.beginPath();
                    ctx.moveTo(at, plot.bbox.top);
                    ctx.lineTo(at, plot.bbox.top + plot.bbox.height);
                    ctx.stroke();
                }
            });
            ctx.restore();
        };
    }

    /** spec.markers: x values to mark with a dashed line (the caller says in words what they mean). */
    function render(container, spec) {
        var plotArea = el('div', 'successdesk-dashboard-plot');
        plotArea.setAttribute('role', 'img');
        plotArea.setAttribute('aria-label', spec.description);
        var legend = el('ul', 'successdesk-dashboard-legend');
        spec.series.forEach(function (series, index) {
            var swatch = el('span', 'successdesk-swatch' + (series.dash ? ' successdesk-swatch-dashed' : ''));
            swatch.style.borderColor = series.colour || PALETTE[index % PALETTE.length];
            legend.appendChild(dom.append(el('li'), swatch, series.label));
        });
        dom.append(container, plotArea, legend);
        window.requestAnimationFrame(function () {
            var width = Math.max(280, (container.clientWidth || 400) - 8);
            var axes = [{values: function (plot, ticks) {
                return ticks.map(spec.xByMonth ? monthLabel : dayLabel);
            }, space: 70}, {label: spec.yLabel, scale: 'y'}];
            var scales = {x: {time: false}, y: spec.yRange ? {range: spec.yRange} : {}};
            if (spec.y2Label) {
                axes.push({label: spec.y2Label, scale: 'n', side: 1, grid: {show: false}});
                scales.n = {range: function (plot, min, max) {
                    return [0, Math.max(1, max) * 3];
                }};
            }
            new uPlot({
                width: width,
                height: HEIGHT,
                legend: {show: false},
                hooks: {draw: [markers(spec.markers || [])]},
                scales: scales,
                axes: axes,
                series: [{}].concat(spec.series.map(function (series, index) {
                    var colour = series.colour || PALETTE[index % PALETTE.length];
                    return series.bars
                        ? {label: series.label, scale: 'n', fill: colour + '55', stroke: colour, width: 0,
                            paths: uPlot.paths.bars({size: [0.6, 40]}), points: {show: false}}
                        : {label: series.label, scale: 'y', stroke: colour, width: series.dash ? 1 : 2, dash: series.dash,
                            spanGaps: false, points: {show: true, size: 4}};
                }))
            }, spec.data, plotArea);
        });
    }

    /** The numbers behind a chart: headers and rows of text, behind a disclosure. */
    function table(headers, rows, summaryText) {
        var details = el('details', 'successdesk-chart-table');
        details.appendChild(el('summary', null, summaryText));
        var grid = el('table', 'aui');
        var head = el('tr');
        headers.forEach(function (text) {
            head.appendChild(dom.attrs(el('th', null, text), {scope: 'col'}));
        });
        grid.appendChild(dom.append(el('thead'), head));
        var body = el('tbody');
        rows.forEach(function (cells) {
            var row = el('tr');
            cells.forEach(function (text, index) {
                row.appendChild(index === 0 ? dom.attrs(el('th', null, text), {scope: 'row'}) : el('td', null, text));
            });
            body.appendChild(row);
        });
        grid.appendChild(body);
        details.appendChild(grid);
        return details;
    }

    /** A percentage for a table cell; a dash when there is none. */
    function percentCell(value) {
        return value === undefined || value === null ? '\u2013' : format.percent(value, 1);
    }

    function updated() {
        return el('p', 'successdesk-dashboard-updated', AJS.I18n.getText('successdesk.dashboard.updated',
            format.dateTime(new Date().toISOString())));
    }

    /**
     * An item's load: the loading bar while {@code request} runs, {@code draw(answer)} into {@code root} and a
     * last-updated line on success, the error in words on failure, then the bar hidden and the item resized.
     */
    function load(API, root, request, draw) {
        API.showLoadingBar();
        return request.then(function (answer) {
            draw(answer);
            root.appendChild(updated());
        }, function (failure) {
            root.appendChild(dom.message('error', failure.message || AJS.I18n.getText('successdesk.dashboard.error')));
        }).then(function () {
            API.hideLoadingBar();
            API.resize();
        });
    }

    return {render: render, table: table, load: load, percentCell: percentCell};
});
