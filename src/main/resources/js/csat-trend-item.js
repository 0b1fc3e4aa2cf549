/*
 * SuccessDesk "CSAT trend" dashboard item: % satisfied per week or month with its 95 % interval, answers per period as
 * bars, periods with too few answers marked; preferences: granularity, period, project, tier, CSM, account. Data:
 * GET metrics/csat (the filters narrow it on the server); the edit form's choices: GET tiers, GET accounts.
 */
define('successdesk/csat-trend-item', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/dashboard-series', 'successdesk/dashboard-chart', 'successdesk/dashboard-form',
    'successdesk/account-query'],
function (rest, dom, format, shape, chart, form, accountQuery) {
    'use strict';

    var el = dom.el;
    var DEFAULTS = {granularity: 'week', months: '6', project: '', tier: '', csm: '', account: ''};
    /** How many accounts the edit form reads to offer their CSMs as choices. */
    var CSM_SOURCE_ACCOUNTS = 500;

    function CsatTrendItem(API) {
        this.API = API;
    }

    function title(prefs) {
        var by = prefs.granularity === 'month' ? AJS.I18n.getText('successdesk.dashboard.monthly')
            : AJS.I18n.getText('successdesk.dashboard.weekly');
        var base = AJS.I18n.getText('successdesk.dashboard.csat.title.filtered', by, prefs.months);
        return [base].concat([prefs.project, prefs.tier, prefs.csmName || prefs.csm, prefs.account].filter(Boolean))
            .join(' \u00b7 ');
    }

    function rows(points) {
        return points.map(function (p) {
            var status = p.status === 'no-data' ? AJS.I18n.getText('successdesk.dashboard.no-answers')
                : p.status === 'insufficient-data' ? AJS.I18n.getText('successdesk.dashboard.insufficient')
                    : '';
            return [format.date(p.start) + (p.partial ? ' ' + AJS.I18n.getText('successdesk.dashboard.partial') : ''),
                chart.percentCell(p.satisfiedPercent), p.status === 'no-data' ? '\u2013'
                    : chart.percentCell(p.intervalLowerPercent) + ' \u2013 ' + chart.percentCell(p.intervalUpperPercent),
                p.mean === undefined || p.mean === null ? '\u2013' : format.number(p.mean, 2), format.number(p.n), status];
        });
    }

    CsatTrendItem.prototype.render = function ($element, saved) {
        var API = this.API;
        var prefs = form.preferences(DEFAULTS, saved);
        var root = el('div', 'successdesk-dashboard-item successdesk-csat-trend');
        $element.empty().append(root);
        API.setTitle(title(prefs));
        var range = shape.csatRange(Number(prefs.months));
        var query = 'metrics/csat?granularity=' + encodeURIComponent(prefs.granularity) + '&from=' + range.from + '&to=' + range.to
            + ['project', 'tier', 'csm', 'account'].map(function (name) {
                return prefs[name] ? '&' + name + '=' + encodeURIComponent(prefs[name]) : '';
            }).join('');
        return chart.load(API, root, rest.get(query), function (series) {
            var points = series.points || [];
            var scored = points.filter(function (p) {
                return p.status !== 'no-data';
            });
            if (!scored.length) {
                root.appendChild(dom.message('info', AJS.I18n.getText('successdesk.dashboard.csat.empty')));
            } else {
                chart.render(root, {data: shape.csatColumns(points), yLabel: AJS.I18n.getText('successdesk.dashboard.satisfied'),
                    yRange: [0, 100], y2Label: AJS.I18n.getText('successdesk.dashboard.answers'),
                    description: AJS.I18n.getText('successdesk.dashboard.csat.description.chart', scored.length, points.length),
                    series: [{label: AJS.I18n.getText('successdesk.dashboard.satisfied')},
                        {label: AJS.I18n.getText('successdesk.dashboard.interval.low'), dash: [4, 4]},
                        {label: AJS.I18n.getText('successdesk.dashboard.interval.high'), dash: [4, 4]},
                        {label: AJS.I18n.getText('successdesk.dashboard.answers'), bars: true}]});
                root.appendChild(el('p', 'successdesk-dashboard-note', AJS.I18n.getText('successdesk.dashboard.csat.note',
                    series.minimumN)));
            }
            root.appendChild(chart.table([AJS.I18n.getText('successdesk.dashboard.period'),
                AJS.I18n.getText('successdesk.dashboard.satisfied'), AJS.I18n.getText('successdesk.dashboard.interval'),
                AJS.I18n.getText('successdesk.dashboard.mean'), AJS.I18n.getText('successdesk.dashboard.answers'),
                AJS.I18n.getText('successdesk.dashboard.status')], rows(points), AJS.I18n.getText('successdesk.chart.table')));
        });
    };

    CsatTrendItem.prototype.renderEdit = function ($element, saved) {
        var API = this.API;
        var prefs = form.preferences(DEFAULTS, saved);
        API.showLoadingBar();
        Promise.all([rest.get('tiers'), rest.get('accounts?limit=' + CSM_SOURCE_ACCOUNTS)]).then(function (answers) {
            editForm(API, $element, prefs, answers[0].tiers || [], accountQuery.csmChoices([], answers[1].items || [], prefs.csm));
        }, function () {
            editForm(API, $element, prefs, prefs.tier ? [prefs.tier] : [], prefs.csm ? [{key: prefs.csm, name: prefs.csmName || prefs.csm}] : []);
        }).then(function () {
            API.hideLoadingBar();
        });
    };

    function editForm(API, $element, prefs, tiers, csms) {
        var any = [['', AJS.I18n.getText('successdesk.dashboard.any')]];
        $element.empty().append(form.create([
            {name: 'granularity', label: AJS.I18n.getText('successdesk.dashboard.granularity'), value: prefs.granularity,
                options: [['week', AJS.I18n.getText('successdesk.dashboard.weekly')],
                    ['month', AJS.I18n.getText('successdesk.dashboard.monthly')]]},
            {name: 'months', label: AJS.I18n.getText('successdesk.dashboard.period'), value: prefs.months,
                options: ['3', '6', '12', '24'].map(function (months) {
                    return [months, AJS.I18n.getText('successdesk.dashboard.months', months)];
                })},
            {name: 'project', label: AJS.I18n.getText('successdesk.dashboard.project'), value: prefs.project, text: true,
                pattern: '[A-Z][A-Z0-9_]{0,19}'},
            {name: 'tier', label: AJS.I18n.getText('successdesk.dashboard.tier'), value: prefs.tier,
                options: any.concat(tiers.map(function (tier) {
                    return [tier, tier];
                }))},
            {name: 'csm', label: AJS.I18n.getText('successdesk.dashboard.csm'), value: prefs.csm,
                options: any.concat(csms.map(function (csm) {
                    return [csm.key, csm.name];
                }))},
            {name: 'account', label: AJS.I18n.getText('successdesk.dashboard.account.key'), value: prefs.account, text: true,
                pattern: '[A-Z][A-Z0-9_]{1,19}'}
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

    return CsatTrendItem;
});
