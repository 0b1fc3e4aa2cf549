/*
 * SuccessDesk revenue history on the account page (financial viewers only; the server answers no one else): the ARR
 * of each loaded month as a uPlot line in the latest month's currency, money on the axis in that currency, and every
 * loaded month in a table (each in its own currency) for screen readers and copy-paste.
 */
define('successdesk/revenue-chart', ['successdesk/vendor/uplot', 'successdesk/series', 'successdesk/dom', 'successdesk/format'],
function (uPlot, series, dom, format) {
    'use strict';

    var el = dom.el;
    var HEIGHT = 180;
    var LINE_COLOUR = '#009E73';

    function monthLabel(seconds) {
        return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {month: 'short', year: 'numeric',
            timeZone: 'UTC'}).format(new Date(seconds * 1000));
    }

    /** Ticks on loaded months only (at most six), so no month is labelled twice. */
    function monthTicks(plot) {
        var months = plot.data[0];
        var step = Math.ceil(months.length / 6);
        return months.filter(function (month, index) {
            return index % step === 0;
        });
    }

    function table(months) {
        var details = el('details', 'successdesk-chart-table');
        details.appendChild(el('summary', null, AJS.I18n.getText('successdesk.chart.table')));
        var grid = el('table', 'aui successdesk-arr-table');
        grid.appendChild(dom.append(el('thead'), dom.append(el('tr'),
            dom.attrs(el('th', null, AJS.I18n.getText('successdesk.account.revenue.month')), {scope: 'col'}),
            dom.attrs(el('th', null, AJS.I18n.getText('successdesk.panel.arr')), {scope: 'col'}))));
        var body = el('tbody');
        months.slice().reverse().forEach(function (m) {
            body.appendChild(dom.append(el('tr'), dom.attrs(el('th', null, m.month), {scope: 'row'}),
                el('td', null, format.money(m.arr))));
        });
        grid.appendChild(body);
        details.appendChild(grid);
        return details;
    }

    function render(history) {
        var months = history.months || [];
        var figure = el('figure', 'successdesk-revenue-chart');
        if (!months.length) {
            figure.appendChild(el('p', 'successdesk-empty', AJS.I18n.getText('successdesk.account.revenue.none')));
            return figure;
        }
        var shaped = series.arrColumns(months);
        var plotArea = el('div', 'successdesk-chart-plot');
        plotArea.setAttribute('role', 'img');
        plotArea.setAttribute('aria-label', AJS.I18n.getText('successdesk.account.revenue.label', months.length,
            format.money(months[months.length - 1].arr)));
        dom.append(figure, el('figcaption', null, AJS.I18n.getText('successdesk.account.revenue.caption',
            months[0].month, months[months.length - 1].month, shaped.currency)), plotArea, table(months));
        window.requestAnimationFrame(function () {
            new uPlot({
                width: Math.max(240, plotArea.clientWidth || 480),
                height: HEIGHT,
                scales: {x: {time: false}},
                legend: {show: false},
                axes: [
                    {splits: monthTicks, values: function (plot, ticks) {
                        return ticks.map(monthLabel);
                    }},
                    {label: shaped.currency, size: 80, values: function (plot, ticks) {
                        return ticks.map(function (tick) {
                            return format.compactMoney({minorUnits: Math.round(tick * Math.pow(10,
                                format.minorDigits(shaped.currency))), currency: shaped.currency});
                        });
                    }}
                ],
                series: [{}, {label: AJS.I18n.getText('successdesk.panel.arr'), stroke: LINE_COLOUR, width: 2,
                    spanGaps: false, points: {show: true, size: 4}}]
            }, shaped.columns, plotArea);
        });
        return figure;
    }

    return {render: render};
});
