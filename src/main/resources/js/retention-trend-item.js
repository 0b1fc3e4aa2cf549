/*
 * SuccessDesk "Retention trend" dashboard item (financial viewers): GRR, NRR and logo retention per month, quarter or
 * trailing twelve months in one currency, with the churned, contraction and expansion ARR behind them in the table.
 * Data: GET metrics/retention (definitions in docs/metrics.md).
 */
define('successdesk/retention-trend-item', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/dashboard-series', 'successdesk/dashboard-chart', 'successdesk/dashboard-form'],
function (rest, dom, format, shape, chart, form) {
    'use strict';

    var el = dom.el;
    var DEFAULTS = {currency: 'EUR', view: 'monthly', months: '12'};

    function RetentionTrendItem(API) {
        this.API = API;
    }

    function viewText(view) {
        switch (view) {
            case 'quarterly': return AJS.I18n.getText('successdesk.dashboard.quarterly');
            case 'trailing-twelve-months': return AJS.I18n.getText('successdesk.dashboard.t12m');
            default: return AJS.I18n.getText('successdesk.dashboard.monthly');
        }
    }

    function money(amount) {
        return amount ? format.money(amount) : '\u2013';
    }

    function rows(points) {
        return points.map(function (p) {
            var period = p.startMonth + ' \u2192 ' + p.endMonth + (p.partial ? ' ' + AJS.I18n.getText('successdesk.dashboard.partial') : '');
            if (p.noData) {
                return [period, '\u2013', '\u2013', '\u2013', '\u2013', '\u2013', '\u2013',
                    AJS.I18n.getText('successdesk.dashboard.no-arr')];
            }
            return [period, chart.percentCell(p.grossRevenueRetention), chart.percentCell(p.netRevenueRetention), chart.percentCell(p.logoRetention),
                money(p.churnedArr), money(p.contractionArr), money(p.expansionArr), ''];
        });
    }

    RetentionTrendItem.prototype.render = function ($element, saved) {
        var API = this.API;
        var prefs = form.preferences(DEFAULTS, saved);
        var root = el('div', 'successdesk-dashboard-item successdesk-retention-trend');
        $element.empty().append(root);
        API.setTitle(AJS.I18n.getText('successdesk.dashboard.retention.title.filtered', viewText(prefs.view), prefs.currency));
        var range = shape.monthRange(Number(prefs.months));
        return chart.load(API, root, rest.get('metrics/retention?currency=' + encodeURIComponent(prefs.currency) + '&view='
            + encodeURIComponent(prefs.view) + '&from=' + range.from + '&to=' + range.to), function (series) {
            var points = series.points || [];
            if (!points.some(function (p) {
                return !p.noData;
            })) {
                root.appendChild(dom.message('info', AJS.I18n.getText('successdesk.dashboard.retention.empty', prefs.currency)));
            } else {
                chart.render(root, {data: shape.retentionColumns(points), yLabel: '%', xByMonth: true,
                    description: AJS.I18n.getText('successdesk.dashboard.retention.description.chart', points.length),
                    series: [{label: AJS.I18n.getText('successdesk.dashboard.grr')},
                        {label: AJS.I18n.getText('successdesk.dashboard.nrr')},
                        {label: AJS.I18n.getText('successdesk.dashboard.logo')}]});
            }
            root.appendChild(chart.table([AJS.I18n.getText('successdesk.dashboard.period'),
                AJS.I18n.getText('successdesk.dashboard.grr'), AJS.I18n.getText('successdesk.dashboard.nrr'),
                AJS.I18n.getText('successdesk.dashboard.logo'), AJS.I18n.getText('successdesk.dashboard.churned'),
                AJS.I18n.getText('successdesk.dashboard.contraction'), AJS.I18n.getText('successdesk.dashboard.expansion'),
                AJS.I18n.getText('successdesk.dashboard.status')], rows(points), AJS.I18n.getText('successdesk.chart.table')));
        });
    };

    RetentionTrendItem.prototype.renderEdit = function ($element, saved) {
        var API = this.API;
        var prefs = form.preferences(DEFAULTS, saved);
        $element.empty().append(form.create([
            {name: 'currency', label: AJS.I18n.getText('successdesk.dashboard.currency'), value: prefs.currency, text: true,
                pattern: '[A-Z]{3}'},
            {name: 'view', label: AJS.I18n.getText('successdesk.dashboard.view'), value: prefs.view,
                options: ['monthly', 'quarterly', 'trailing-twelve-months'].map(function (view) {
                    return [view, viewText(view)];
                })},
            {name: 'months', label: AJS.I18n.getText('successdesk.dashboard.period'), value: prefs.months,
                options: ['12', '24', '36'].map(function (months) {
                    return [months, AJS.I18n.getText('successdesk.dashboard.months', months)];
                })}
        ], function (values) {
            API.savePreferences(values);
        }, function () {
            API.closeEdit();
        }));
        API.resize();
    };

    return RetentionTrendItem;
});
