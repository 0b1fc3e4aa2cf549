/*
 * SuccessDesk "At-risk accounts and renewals" dashboard item: red accounts lowest health first, or accounts renewing
 * within N days soonest first, as a table sortable by any column, each account linking to its page. Preferences:
 * which table, the renewal window, how many rows. Data: GET metrics/at-risk, GET metrics/renewals.
 */
define('successdesk/account-risk-item', ['wrm/context-path', 'successdesk/rest-client', 'successdesk/dom',
    'successdesk/format', 'successdesk/texts', 'successdesk/dashboard-series', 'successdesk/dashboard-chart',
    'successdesk/dashboard-form'],
function (contextPath, rest, dom, format, texts, shape, chart, form) {
    'use strict';

    var el = dom.el;
    var DEFAULTS = {view: 'at-risk', withinDays: '90', limit: '20'};

    function AccountRiskItem(API) {
        this.API = API;
    }

    function title(prefs) {
        return prefs.view === 'renewals'
            ? AJS.I18n.getText('successdesk.dashboard.renewals.title.filtered', prefs.withinDays)
            : AJS.I18n.getText('successdesk.dashboard.at-risk.title');
    }

    function query(prefs) {
        return prefs.view === 'renewals'
            ? 'metrics/renewals?withinDays=' + encodeURIComponent(prefs.withinDays) + '&limit=' + encodeURIComponent(prefs.limit)
            : 'metrics/at-risk?limit=' + encodeURIComponent(prefs.limit);
    }

    /** The columns: header text, the value sorted by, and the cell's content. */
    var COLUMNS = [
        {key: 'account', header: 'successdesk.dashboard.account', value: function (r) {
            return r.name;
        }, cell: function (r) {
            return dom.link(contextPath() + '/plugins/servlet/successdesk/accounts/' + encodeURIComponent(r.key), r.name);
        }},
        {key: 'health', header: 'successdesk.dashboard.health', value: function (r) {
            return r.score;
        }, cell: function (r) {
            return r.band ? dom.append(el('span'), dom.bandLozenge(r.band, texts.band(r.band)), ' ', format.score(r.score))
                : '\u2013';
        }},
        {key: 'trend', header: 'successdesk.dashboard.trend', value: function (r) {
            return r.trend30Days;
        }, cell: function (r) {
            return r.trend30Days === undefined || r.trend30Days === null ? '\u2013' : format.signed(r.trend30Days);
        }},
        {key: 'reason', header: 'successdesk.dashboard.reason', value: function (r) {
            return r.topReason ? texts.measure(r.topReason) : null;
        }, cell: function (r) {
            return r.topReason ? texts.measure(r.topReason) : '\u2013';
        }},
        {key: 'renewal', header: 'successdesk.dashboard.renewal', value: function (r) {
            return r.renewalDate;
        }, cell: function (r) {
            return r.renewalDate ? format.date(r.renewalDate) + ' (' + format.relativeDays(r.renewalDate) + ')' : '\u2013';
        }},
        {key: 'csm', header: 'successdesk.dashboard.csm', value: function (r) {
            return r.csmDisplayName || r.csmUserKey;
        }, cell: function (r) {
            return r.csmDisplayName || r.csmUserKey || '\u2013';
        }},
        {key: 'ctas', header: 'successdesk.dashboard.open-ctas', value: function (r) {
            return r.openCtas;
        }, cell: function (r) {
            return r.openCtas === undefined || r.openCtas === null ? '\u2013' : format.number(r.openCtas);
        }}
    ];

    function table(items, state, redraw) {
        var grid = el('table', 'aui successdesk-risk-table');
        var head = el('tr');
        COLUMNS.forEach(function (column) {
            var sorted = state.column === column.key;
            var th = dom.attrs(el('th'), {scope: 'col', 'aria-sort': sorted ? (state.ascending ? 'ascending' : 'descending') : 'none'});
            th.appendChild(dom.button('aui-button aui-button-link successdesk-sort successdesk-sort-' + column.key,
                AJS.I18n.getText(column.header), function () {
                    redraw({column: column.key, ascending: sorted ? !state.ascending : true});
                }));
            head.appendChild(th);
        });
        grid.appendChild(dom.append(el('thead'), head));
        var body = el('tbody');
        var byColumn = COLUMNS.filter(function (column) {
            return column.key === state.column;
        })[0];
        var rows = byColumn ? shape.sortRows(items, byColumn.value, state.ascending) : items;
        rows.forEach(function (item) {
            var row = dom.attrs(el('tr'), {'data-account': item.key});
            COLUMNS.forEach(function (column, index) {
                var cell = column.cell(item);
                var node = index === 0 ? dom.attrs(el('th'), {scope: 'row'}) : el('td');
                node.appendChild(typeof cell === 'string' ? document.createTextNode(cell) : cell);
                row.appendChild(node);
            });
            body.appendChild(row);
        });
        grid.appendChild(body);
        return grid;
    }

    AccountRiskItem.prototype.render = function ($element, saved) {
        var API = this.API;
        var prefs = form.preferences(DEFAULTS, saved);
        var root = el('div', 'successdesk-dashboard-item successdesk-account-risk');
        $element.empty().append(root);
        API.setTitle(title(prefs));
        return chart.load(API, root, rest.get(query(prefs)), function (answer) {
            var items = answer.items || [];
            if (!items.length) {
                root.appendChild(dom.message('info', AJS.I18n.getText(prefs.view === 'renewals'
                    ? 'successdesk.dashboard.renewals.empty' : 'successdesk.dashboard.at-risk.empty')));
                return;
            }
            var holder = el('div', 'successdesk-risk-table-holder');
            var draw = function (state) {
                holder.textContent = '';
                holder.appendChild(table(items, state, draw));
                API.resize();
            };
            draw({column: null, ascending: true});
            root.appendChild(holder);
            root.appendChild(el('p', 'successdesk-dashboard-note', AJS.I18n.getText('successdesk.dashboard.shown',
                items.length, answer.total)));
        });
    };

    AccountRiskItem.prototype.renderEdit = function ($element, saved) {
        var API = this.API;
        var prefs = form.preferences(DEFAULTS, saved);
        $element.empty().append(form.create([
            {name: 'view', label: AJS.I18n.getText('successdesk.dashboard.view'), value: prefs.view,
                options: [['at-risk', AJS.I18n.getText('successdesk.dashboard.at-risk.title')],
                    ['renewals', AJS.I18n.getText('successdesk.dashboard.renewals.title')]]},
            {name: 'withinDays', label: AJS.I18n.getText('successdesk.dashboard.renewal-window'), value: prefs.withinDays,
                options: ['30', '60', '90', '180', '365'].map(function (days) {
                    return [days, AJS.I18n.getText('successdesk.dashboard.days', days)];
                })},
            {name: 'limit', label: AJS.I18n.getText('successdesk.dashboard.rows'), value: prefs.limit,
                options: ['10', '20', '50'].map(function (n) {
                    return [n, n];
                })}
        ], function (values) {
            API.savePreferences(values);
        }, function () {
            API.closeEdit();
        }));
        API.resize();
    };

    return AccountRiskItem;
});
