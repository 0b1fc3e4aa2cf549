/*
 * Accounts list: export every account as CSV (GET export/accounts) and import a CSV file in two steps — check it
 * (POST import/accounts?dryRun=true: every row validated, nothing written, the rejected rows listed with their
 * errors), then import it (the same call without dryRun: all rows or none). Import only for those who edit accounts.
 */
define('successdesk/account-import', ['wrm/context-path', 'successdesk/rest-client', 'successdesk/dom',
    'successdesk/format'], function (contextPath, rest, dom, format) {
    'use strict';

    var MAX_BYTES = 32 * 1024 * 1024;
    var OUTCOMES = ['created', 'updated', 'unchanged', 'rejected'];
    var OUTCOME_TEXT = {
        created: AJS.I18n.getText('successdesk.accounts.import.created'),
        updated: AJS.I18n.getText('successdesk.accounts.import.updated'),
        unchanged: AJS.I18n.getText('successdesk.accounts.import.unchanged'),
        rejected: AJS.I18n.getText('successdesk.accounts.import.rejected')
    };

    function exportLink() {
        var link = dom.link(contextPath() + '/rest/successdesk/1.0/export/accounts?format=csv',
            AJS.I18n.getText('successdesk.accounts.export'), 'aui-button successdesk-export');
        link.setAttribute('download', 'successdesk-accounts.csv');
        return link;
    }

    /** The counts of a report as one sentence part per outcome that occurs. */
    function summary(report) {
        return OUTCOMES.filter(function (outcome) {
            return (report.counts[outcome] || 0) > 0;
        }).map(function (outcome) {
            return format.number(report.counts[outcome], 0) + ' ' + OUTCOME_TEXT[outcome];
        }).join(', ');
    }

    function rejectedTable(report) {
        var rejected = report.rows.filter(function (row) {
            return row.outcome === 'rejected';
        });
        var grid = dom.el('table', 'aui successdesk-import-rejected');
        grid.appendChild(dom.append(dom.el('thead'), dom.append(dom.el('tr'),
            dom.el('th', null, AJS.I18n.getText('successdesk.accounts.import.row')),
            dom.el('th', null, AJS.I18n.getText('successdesk.accounts.import.key')),
            dom.el('th', null, AJS.I18n.getText('successdesk.accounts.import.errors')))));
        var body = dom.el('tbody');
        rejected.forEach(function (row) {
            var errors = dom.el('ul', 'successdesk-import-errors');
            Object.keys(row.errors || {}).forEach(function (field) {
                errors.appendChild(dom.el('li', null, field + ': ' + row.errors[field]));
            });
            body.appendChild(dom.append(dom.el('tr'), dom.el('td', null, String(row.row)),
                dom.el('td', null, row.key || ''), dom.append(dom.el('td'), errors)));
        });
        grid.appendChild(body);
        return grid;
    }

    /** The import panel; onImported() runs after a committed import (the list reloads). */
    function panel(onImported) {
        var form = dom.el('form', 'aui successdesk-import');
        form.noValidate = true;
        var heading = dom.el('h2', null, AJS.I18n.getText('successdesk.accounts.import.title'));
        var file = dom.el('input', 'upfile');
        file.type = 'file';
        file.id = 'successdesk-import-file';
        file.accept = '.csv,text/csv';
        var by = dom.el('select', 'select');
        by.id = 'successdesk-import-by';
        [['key', AJS.I18n.getText('successdesk.accounts.import.by-key')],
            ['external-id', AJS.I18n.getText('successdesk.accounts.import.by-external-id')]].forEach(function (pair) {
            var option = dom.el('option', null, pair[1]);
            option.value = pair[0];
            by.appendChild(option);
        });
        var fileLabel = dom.el('label', null, AJS.I18n.getText('successdesk.accounts.import.file'));
        fileLabel.htmlFor = file.id;
        var byLabel = dom.el('label', null, AJS.I18n.getText('successdesk.accounts.import.by'));
        byLabel.htmlFor = by.id;
        var outcome = dom.el('div', 'successdesk-import-outcome');
        outcome.setAttribute('aria-live', 'polite');
        var check = dom.button('successdesk-import-check', AJS.I18n.getText('successdesk.accounts.import.check'));
        var commit = dom.button('aui-button-primary successdesk-import-commit',
            AJS.I18n.getText('successdesk.accounts.import.commit'));
        commit.hidden = true;
        var checkedText = null;

        function post(dryRun) {
            return rest.postText('import/accounts?by=' + by.value + '&dryRun=' + dryRun, checkedText, 'text/csv');
        }

        function show(node) {
            outcome.replaceChildren(node);
        }

        /** A refused file: the message, and each error the server named (rows[n].field: what is wrong). */
        function failed(error) {
            var message = dom.message('error', error.message);
            var fields = Object.keys(error.errors || {});
            if (fields.length) {
                var list = dom.el('ul', 'successdesk-import-errors');
                fields.forEach(function (field) {
                    list.appendChild(dom.el('li', null, field + ': ' + error.errors[field]));
                });
                message.appendChild(list);
            }
            show(message);
        }

        check.addEventListener('click', function () {
            commit.hidden = true;
            var chosen = file.files && file.files[0];
            if (!chosen) {
                show(dom.message('error', AJS.I18n.getText('successdesk.accounts.import.no-file')));
                return;
            }
            if (chosen.size > MAX_BYTES) {
                show(dom.message('error', AJS.I18n.getText('successdesk.accounts.import.too-large')));
                return;
            }
            check.disabled = true;
            chosen.text().then(function (text) {
                checkedText = text;
                return post(true);
            }).then(function (report) {
                var rejected = report.counts.rejected || 0;
                var message = dom.message(rejected ? 'warning' : 'info', rejected
                    ? AJS.I18n.getText('successdesk.accounts.import.has-rejects', summary(report))
                    : AJS.I18n.getText('successdesk.accounts.import.ready', summary(report)));
                show(rejected ? dom.append(dom.el('div'), message, rejectedTable(report)) : message);
                commit.hidden = rejected > 0 || report.rows.length === 0;
            }, failed).then(function () {
                check.disabled = false;
            });
        });

        commit.addEventListener('click', function () {
            commit.disabled = true;
            post(false).then(function (report) {
                commit.hidden = true;
                show(dom.message('success', AJS.I18n.getText('successdesk.accounts.import.done', summary(report))));
                onImported();
            }, failed).then(function () {
                commit.disabled = false;
            });
        });

        dom.append(form, heading,
            dom.append(dom.el('div', 'field-group'), fileLabel, file,
                dom.el('div', 'description', AJS.I18n.getText('successdesk.accounts.import.file.description'))),
            dom.append(dom.el('div', 'field-group'), byLabel, by),
            dom.append(dom.el('div', 'buttons-container'), dom.append(dom.el('div', 'buttons'), check, commit)),
            outcome);
        return form;
    }

    return {exportLink: exportLink, panel: panel, summary: summary};
});
