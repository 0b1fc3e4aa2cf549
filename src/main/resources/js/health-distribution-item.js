/*
 * SuccessDesk "Health distribution" dashboard item: how many accounts were red, amber and green on each day of the
 * period, as the daily snapshots recorded them; for financial viewers also the ARR of the red accounts (the server
 * sends it to no one else). Preference: the number of days. Data: GET metrics/health.
 */
define('successdesk/health-distribution-item', ['successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/texts', 'successdesk/dashboard-series', 'successdesk/dashboard-chart', 'successdesk/dashboard-form'],
function (rest, dom, format, texts, shape, chart, form) {
    'use strict';

    var el = dom.el;
    var DEFAULTS = {days: '90'};
    /** Okabe–Ito vermillion, orange and bluish green: told apart with colour blindness, and always named. */
    var BAND_COLOURS = {red: '#D55E00', amber: '#E69F00', green: '#009E73'};

    function HealthDistributionItem(API) {
        this.API = API;
    }

    function arrAtRisk(day) {
        return (day.arrAtRisk || []).map(function (amount) {
            return format.money(amount);
        }).join(', ') || '\u2013';
    }

    function rows(days, withArr) {
        return days.slice().reverse().map(function (d) {
            var counted = d.red + d.amber + d.green > 0;
            var cells = [format.date(d.day) + (d.partial ? ' ' + AJS.I18n.getText('successdesk.dashboard.partial') : ''),
                counted ? format.number(d.red) : '\u2013', counted ? format.number(d.amber) : '\u2013',
                counted ? format.number(d.green) : '\u2013'];
            return withArr ? cells.concat([arrAtRisk(d)]) : cells;
        });
    }

    HealthDistributionItem.prototype.render = function ($element, saved) {
        var API = this.API;
        var prefs = form.preferences(DEFAULTS, saved);
        var root = el('div', 'successdesk-dashboard-item successdesk-health-distribution');
        $element.empty().append(root);
        API.setTitle(AJS.I18n.getText('successdesk.dashboard.health.title.filtered', prefs.days));
        var range = shape.dayRange(Number(prefs.days));
        return chart.load(API, root, rest.get('metrics/health?from=' + range.from + '&to=' + range.to), function (answer) {
            var days = answer.days || [];
            var withArr = days.some(function (d) {
                return Object.prototype.hasOwnProperty.call(d, 'arrAtRisk');
            });
            var counted = days.filter(function (d) {
                return d.red + d.amber + d.green > 0;
            });
            if (!counted.length) {
                root.appendChild(dom.message('info', AJS.I18n.getText('successdesk.dashboard.health.empty')));
            } else {
                var latest = counted[counted.length - 1];
                root.appendChild(el('p', 'successdesk-dashboard-summary', AJS.I18n.getText(
                    'successdesk.dashboard.health.latest', format.date(latest.day), latest.red, latest.amber, latest.green)));
                if (withArr) {
                    root.appendChild(el('p', 'successdesk-dashboard-summary successdesk-arr-at-risk',
                        AJS.I18n.getText('successdesk.dashboard.health.arr', arrAtRisk(latest))));
                }
                var changes = answer.scorecardChanges || [];
                chart.render(root, {data: shape.healthColumns(days), yLabel: AJS.I18n.getText('successdesk.dashboard.accounts'),
                    description: AJS.I18n.getText('successdesk.dashboard.health.description.chart', counted.length, days.length),
                    markers: changes.map(function (day) {
                        return format.utcDay(day) / 1000;
                    }),
                    series: ['red', 'amber', 'green'].map(function (band) {
                        return {label: texts.band(band), colour: BAND_COLOURS[band]};
                    })});
                if (changes.length) {
                    root.appendChild(el('p', 'successdesk-dashboard-note successdesk-scorecard-changes',
                        AJS.I18n.getText('successdesk.chart.scorecard-changes', changes.map(function (day) {
                            return format.date(day);
                        }).join(', '))));
                }
            }
            var headers = [AJS.I18n.getText('successdesk.dashboard.day'), texts.band('red'), texts.band('amber'),
                texts.band('green')];
            root.appendChild(chart.table(withArr ? headers.concat([AJS.I18n.getText('successdesk.dashboard.arr-at-risk')])
                : headers, rows(days, withArr), AJS.I18n.getText('successdesk.chart.table')));
        });
    };

    HealthDistributionItem.prototype.renderEdit = function ($element, saved) {
        var API = this.API;
        var prefs = form.preferences(DEFAULTS, saved);
        $element.empty().append(form.create([
            {name: 'days', label: AJS.I18n.getText('successdesk.dashboard.period'), value: prefs.days,
                options: ['30', '90', '180', '365'].map(function (days) {
                    return [days, AJS.I18n.getText('successdesk.dashboard.days', days)];
                })}
        ], function (values) {
            API.savePreferences(values);
        }, function () {
            API.closeEdit();
        }));
        API.resize();
    };

    return HealthDistributionItem;
});
