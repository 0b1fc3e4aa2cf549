/*
 * SuccessDesk "Retention trend" dashboard item (financial viewers): GRR, NRR and logo retention per month, quarter or
 * trailing twelve months in one currency, with the churned, contraction and expansion ARR behind them in the table; or
 * the cohort heat-map (revenue retention of each start month's cohort, month by month). An optional tier and CSM narrow
 * both. Data: GET metrics/retention, GET metrics/cohorts (definitions in docs/metrics.md); the edit form's choices:
 * GET tiers, GET accounts (their CSMs).
 */
define('successdesk/retention-trend-item', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/dashboard-series', 'successdesk/dashboard-chart', 'successdesk/dashboard-form', 'successdesk/account-query'],
function (rest, dom, format, shape, chart, form, accountQuery) {
    'use strict';

    var el = dom.el;
    var DEFAULTS = {currency: 'EUR', view: 'monthly', months: '12', tier: '', csm: ''};
    /** The CSM choices come from the CSMs of this many accounts. */
    var CSM_SOURCE_ACCOUNTS = 500;

    function RetentionTrendItem(API) {
        this.API = API;
    }

    function viewText(view) {
        switch (view) {
            case 'quarterly': return AJS.I18n.getText('successdesk.dashboard.quarterly');
            case 'trailing-twelve-months': return AJS.I18n.getText('successdesk.dashboard.t12m');
            case 'cohorts': return AJS.I18n.getText('successdesk.dashboard.cohorts');
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

    /** The heat-map: a row per cohort, a shaded cell per month since its start with the revenue retention in it. */
    function heatMap(matrix) {
        var width = shape.cohortWidth(matrix.cohorts);
        var grid = el('table', 'aui successdesk-cohort-map');
        var head = el('tr');
        [AJS.I18n.getText('successdesk.dashboard.cohort'), AJS.I18n.getText('successdesk.dashboard.accounts'),
            AJS.I18n.getText('successdesk.dashboard.starting-arr')].forEach(function (text) {
            head.appendChild(dom.attrs(el('th', null, text), {scope: 'col'}));
        });
        for (var period = 0; period < width; period++) {
            head.appendChild(dom.attrs(el('th', null, AJS.I18n.getText('successdesk.dashboard.month-n', period)), {scope: 'col'}));
        }
        grid.appendChild(dom.append(el('thead'), head));
        var body = el('tbody');
        matrix.cohorts.forEach(function (cohort) {
            var row = dom.append(el('tr'), dom.attrs(el('th', null, cohort.periodStart), {scope: 'row'}),
                el('td', null, format.number(cohort.size)), el('td', null, money(cohort.startingArr)));
            for (var index = 0; index < width; index++) {
                var cell = cohort.cells.filter(function (c) {
                    return c.periodsSinceStart === index;
                })[0];
                var td = el('td', 'successdesk-cohort-cell' + (cell && cell.partial ? ' successdesk-cohort-partial' : ''),
                    cell ? chart.percentCell(cell.revenueRetention) : '');
                if (cell) {
                    td.style.backgroundColor = 'rgba(0, 114, 178, ' + shape.cohortShade(cell.revenueRetention) + ')';
                    td.title = AJS.I18n.getText('successdesk.dashboard.cohort.cell', cell.measuredAt,
                        chart.percentCell(cell.logoRetention), format.number(cell.activeLogos));
                }
                row.appendChild(td);
            }
            body.appendChild(row);
        });
        grid.appendChild(body);
        return grid;
    }

    function scope(prefs) {
        return (prefs.tier ? '&tier=' + encodeURIComponent(prefs.tier) : '')
            + (prefs.csm ? '&csm=' + encodeURIComponent(prefs.csm) : '');
    }

    function renderCohorts(API, root, prefs, range) {
        return chart.load(API, root, rest.get('metrics/cohorts?currency=' + encodeURIComponent(prefs.currency)
            + '&granularity=month&from=' + range.from + '&to=' + range.to + scope(prefs)), function (matrix) {
            if (!(matrix.cohorts || []).length) {
                root.appendChild(dom.message('info', AJS.I18n.getText('successdesk.dashboard.retention.empty', prefs.currency)));
                return;
            }
            root.appendChild(dom.append(el('div', 'successdesk-risk-table-holder'), heatMap(matrix)));
            root.appendChild(el('p', 'successdesk-dashboard-note', AJS.I18n.getText('successdesk.dashboard.cohort.note')));
        });
    }

    RetentionTrendItem.prototype.render = function ($element, saved) {
        var API = this.API;
        var prefs = form.preferences(DEFAULTS, saved);
        var root = el('div', 'successdesk-dashboard-item successdesk-retention-trend');
        $element.empty().append(root);
        var title = AJS.I18n.getText('successdesk.dashboard.retention.title.filtered', viewText(prefs.view), prefs.currency);
        API.setTitle([title].concat([prefs.tier, prefs.csmName || prefs.csm].filter(Boolean)).join(' \u00b7 '));
        var range = shape.monthRange(Number(prefs.months));
        if (prefs.view === 'cohorts') {
            return renderCohorts(API, root, prefs, shape.endedMonthRange(Number(prefs.months)));
        }
        return chart.load(API, root, rest.get('metrics/retention?currency=' + encodeURIComponent(prefs.currency) + '&view='
            + encodeURIComponent(prefs.view) + '&from=' + range.from + '&to=' + range.to + scope(prefs)), function (series) {
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
        Promise.all([rest.get('tiers'), rest.get('accounts?limit=' + CSM_SOURCE_ACCOUNTS)]).then(function (answers) {
            editForm(API, $element, prefs, answers[0].tiers || [], accountQuery.csmChoices([], answers[1].items || [], prefs.csm));
        }, function () {
            editForm(API, $element, prefs, prefs.tier ? [prefs.tier] : [],
                prefs.csm ? [{key: prefs.csm, name: prefs.csmName || prefs.csm}] : []);
        });
    };

    function editForm(API, $element, prefs, tiers, csms) {
        $element.empty().append(form.create([
            {name: 'currency', label: AJS.I18n.getText('successdesk.dashboard.currency'), value: prefs.currency, text: true,
                pattern: '[A-Z]{3}'},
            {name: 'view', label: AJS.I18n.getText('successdesk.dashboard.view'), value: prefs.view,
                options: ['monthly', 'quarterly', 'trailing-twelve-months', 'cohorts'].map(function (view) {
                    return [view, viewText(view)];
                })},
            {name: 'months', label: AJS.I18n.getText('successdesk.dashboard.period'), value: prefs.months,
                options: ['12', '24', '36'].map(function (months) {
                    return [months, AJS.I18n.getText('successdesk.dashboard.months', months)];
                })},
            {name: 'tier', label: AJS.I18n.getText('successdesk.dashboard.tier'), value: prefs.tier,
                options: [['', AJS.I18n.getText('successdesk.dashboard.any')]].concat(tiers.map(function (tier) {
                    return [tier, tier];
                }))},
            {name: 'csm', label: AJS.I18n.getText('successdesk.dashboard.csm'), value: prefs.csm,
                options: [['', AJS.I18n.getText('successdesk.dashboard.any')]].concat(csms.map(function (csm) {
                    return [csm.key, csm.name];
                }))}
        ], function (values) {
            var csm = csms.filter(function (choice) {
                return choice.key === values.csm;
            })[0];
            values.csmName = csm ? csm.name : '';
            API.savePreferences(values);
        }, function () {
            API.closeEdit();
        }));
        API.resize();
    }

    return RetentionTrendItem;
});
