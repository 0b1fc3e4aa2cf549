/*
 * Admin page section "Audit log": who changed what and when, newest first, filtered by user key, action (or its
 * start, such as "account."), subject (account key, CTA id …) and UTC days, a page at a time (GET audit, each page
 * after the previous page's "next", so paging deep costs what the first page does), and the same entries as a CSV
 * download (GET audit/export).
 */
define('successdesk/admin-audit', ['wrm/context-path', 'successdesk/rest-client', 'successdesk/dom', 'successdesk/format',
    'successdesk/admin-form'],
function (contextPath, rest, dom, format, forms) {
    'use strict';

    var PAGE_SIZE = 25;
    var FILTERS = ['actor', 'action', 'subject', 'from', 'to'];

    /** Labels with literal keys, as Jira's jsI18n transformer needs. */
    var FILTER_LABELS = {
        actor: AJS.I18n.getText('successdesk.admin.audit.filter.actor'),
        action: AJS.I18n.getText('successdesk.admin.audit.filter.action'),
        subject: AJS.I18n.getText('successdesk.admin.audit.filter.subject'),
        from: AJS.I18n.getText('successdesk.admin.audit.filter.from'),
        to: AJS.I18n.getText('successdesk.admin.audit.filter.to')
    };

    var COLUMNS = [
        AJS.I18n.getText('successdesk.admin.audit.column.when'),
        AJS.I18n.getText('successdesk.admin.audit.column.who'),
        AJS.I18n.getText('successdesk.admin.audit.column.action'),
        AJS.I18n.getText('successdesk.admin.audit.column.subject'),
        AJS.I18n.getText('successdesk.admin.audit.column.before'),
        AJS.I18n.getText('successdesk.admin.audit.column.after')
    ];

    /** The export's address for a filter: the same filters as the table, no paging. */
    function exportOf(filter) {
        var parts = [];
        FILTERS.forEach(function (name) {
            if (filter[name]) {
                parts.push(name + '=' + encodeURIComponent(filter[name]));
            }
        });
        return 'audit/export' + (parts.length ? '?' + parts.join('&') : '');
    }

    /** The query string of a filter and the page after {@code after} (none: the first page); empty filters are left out. */
    function queryOf(filter, after) {
        var parts = ['limit=' + PAGE_SIZE];
        if (after) {
            parts.push('after=' + encodeURIComponent(after));
        }
        FILTERS.forEach(function (name) {
            if (filter[name]) {
                parts.push(name + '=' + encodeURIComponent(filter[name]));
            }
        });
        return 'audit?' + parts.join('&');
    }

    function filterInput(name, type) {
        var input = dom.el('input', 'text medium-field');
        input.type = type;
        input.id = 'successdesk-audit-' + name;
        input.name = name;
        return input;
    }

    function state(text) {
        return text ? dom.el('code', 'successdesk-audit-state', text) : dom.el('span', null, '\u2013');
    }

    function table(page) {
        var grid = dom.el('table', 'aui successdesk-audit-table');
        var head = dom.el('tr');
        COLUMNS.forEach(function (column) {
            var cell = dom.el('th', null, column);
            cell.scope = 'col';
            head.appendChild(cell);
        });
        grid.appendChild(dom.append(dom.el('thead'), head));
        var body = dom.el('tbody');
        page.items.forEach(function (entry) {
            body.appendChild(dom.append(dom.el('tr'),
                dom.el('td', 'successdesk-audit-at', format.dateTime(entry.at)),
                dom.el('td', null, entry.actor),
                dom.el('td', null, entry.action),
                dom.el('td', null, entry.subjectType + ' ' + entry.subjectId),
                dom.append(dom.el('td'), state(entry.before)),
                dom.append(dom.el('td'), state(entry.after))));
        });
        grid.appendChild(body);
        return grid;
    }

    /**
     * "first–last of total" and the two buttons; {@code index} is the page's place (from 0), {@code total} the count
     * the first page gave.
     */
    function pager(page, index, total, go) {
        var nav = dom.el('div', 'successdesk-audit-pager');
        var first = index * PAGE_SIZE + 1;
        var last = index * PAGE_SIZE + page.items.length;
        nav.appendChild(dom.el('span', 'successdesk-audit-range', AJS.I18n.getText('successdesk.admin.audit.range',
            format.number(first, 0), format.number(last, 0), format.number(Math.max(total, last), 0))));
        var previous = dom.button('aui-button successdesk-audit-previous', AJS.I18n.getText('successdesk.admin.audit.previous'),
            function () {
                go(index - 1);
            });
        previous.disabled = index === 0;
        var next = dom.button('aui-button successdesk-audit-next', AJS.I18n.getText('successdesk.admin.audit.next'),
            function () {
                go(index + 1);
            });
        next.disabled = !page.next;
        dom.append(nav, previous, next);
        return nav;
    }

    function render(container) {
        var part = forms.section('successdesk-admin-audit', AJS.I18n.getText('successdesk.admin.audit.title'),
            AJS.I18n.getText('successdesk.admin.audit.intro'));
        var form = part.form;
        form.classList.add('successdesk-audit-filters');
        var inputs = {};
        FILTERS.forEach(function (name) {
            inputs[name] = filterInput(name, name === 'from' || name === 'to' ? 'date' : 'text');
            form.appendChild(forms.fieldGroup(name, FILTER_LABELS[name], inputs[name]));
        });
        var results = dom.el('div', 'successdesk-audit-results');
        results.setAttribute('aria-live', 'polite');
        part.node.appendChild(results);

        // where each page visited starts (the page before's next) and how many entries the first page counted
        var starts = [null];
        var total = 0;
        // the filters of the last "Show": paging keeps them even when a field has been edited since
        var filter = {};

        function apply() {
            filter = {};
            FILTERS.forEach(function (name) {
                filter[name] = inputs[name].value.trim();
            });
            starts = [null];
            return load(0);
        }

        function load(index) {
            return rest.get(queryOf(filter, starts[index])).then(function (page) {
                if (index === 0) {
                    total = page.total;
                }
                starts[index + 1] = page.next;
                forms.showErrors(form, {});
                forms.showMessage(form, null, null);
                while (results.firstChild) {
                    results.removeChild(results.firstChild);
                }
                if (page.items.length === 0) {
                    results.appendChild(dom.el('p', 'successdesk-audit-empty', AJS.I18n.getText('successdesk.admin.audit.empty')));
                } else {
                    dom.append(results, table(page), pager(page, index, total, load), dom.append(dom.el('p'),
                        dom.link(contextPath() + '/rest/successdesk/1.0/' + exportOf(filter),
                            AJS.I18n.getText('successdesk.admin.audit.export'), 'successdesk-audit-export')));
                }
            }, function (error) {
                forms.failure(form, error, null);
            });
        }

        forms.buttons(form, AJS.I18n.getText('successdesk.admin.audit.apply'), apply);
        forms.replaceSection(container, part.node);
        apply();
        return part;
    }

    return {render: render, queryOf: queryOf, exportOf: exportOf};
});
