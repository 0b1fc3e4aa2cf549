/*
 * Admin page section "Issues without an account": the support issues the matching rules give no account, or several
 * (GET unmatched-issues, a page at a time after the last issue id seen), each with why and a "Link" action that sets
 * its account by hand (PUT issues/{key}/account, audited as issue.link), which takes it off the list.
 */
define('successdesk/admin-unmatched', ['wrm/context-path', 'successdesk/rest-client', 'successdesk/dom',
    'successdesk/format', 'successdesk/texts', 'successdesk/admin-form'],
function (contextPath, rest, dom, format, texts, forms) {
    'use strict';

    var PAGE_SIZE = 25;

    function why(issue) {
        if (issue.state === 'ambiguous') {
            return texts.ambiguous(issue);
        }
        switch (issue.reason) {
            case 'manual-link-to-missing-account':
                return AJS.I18n.getText('successdesk.admin.unmatched.manual-link-to-missing-account');
            case 'project-default-missing':
                return AJS.I18n.getText('successdesk.admin.unmatched.project-default-missing');
            default:
                return AJS.I18n.getText('successdesk.admin.unmatched.no-rule-matched');
        }
    }

    /** An account key field and a Link button; a refusal (unknown account, no permission) shows under the field. */
    function linkForm(issue, linked) {
        var form = dom.el('form', 'successdesk-unmatched-link');
        form.noValidate = true;
        var input = forms.textInput('successdesk-unmatched-account-' + issue.issueId, '', 'text short-field');
        input.setAttribute('aria-label', AJS.I18n.getText('successdesk.admin.unmatched.account-for', issue.issueKey));
        if (issue.candidates && issue.candidates.length) {
            input.placeholder = issue.candidates[0];
        }
        var button = dom.el('button', 'aui-button successdesk-unmatched-link-button',
            AJS.I18n.getText('successdesk.admin.unmatched.link'));
        button.type = 'submit';
        var error = dom.el('div', 'error successdesk-field-error');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var key = input.value.trim();
            if (!key) {
                error.textContent = AJS.I18n.getText('successdesk.admin.unmatched.account-required');
                return;
            }
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            rest.put('issues/' + encodeURIComponent(issue.issueKey) + '/account', {accountKey: key}).then(function () {
                linked(issue, key);
            }, function (failure) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
                error.textContent = failure.status === 404
                    ? AJS.I18n.getText('successdesk.admin.unmatched.no-such-account', key)
                    : (failure.errors && failure.errors.accountKey) || failure.message;
            });
        });
        dom.append(form, input, button, error);
        return form;
    }

    function table(page, linked) {
        var grid = dom.el('table', 'aui successdesk-unmatched-table');
        var head = dom.el('tr');
        [AJS.I18n.getText('successdesk.admin.unmatched.issue'), AJS.I18n.getText('successdesk.admin.unmatched.why'),
            AJS.I18n.getText('successdesk.admin.unmatched.seen'), AJS.I18n.getText('successdesk.admin.unmatched.account')]
            .forEach(function (text) {
                head.appendChild(dom.attrs(dom.el('th', null, text), {scope: 'col'}));
            });
        grid.appendChild(dom.append(dom.el('thead'), head));
        var body = dom.el('tbody');
        page.items.forEach(function (issue) {
            var row = dom.attrs(dom.el('tr'), {'data-issue-key': issue.issueKey});
            body.appendChild(dom.append(row,
                dom.append(dom.el('td'), dom.link(contextPath() + '/browse/' + encodeURIComponent(issue.issueKey),
                    issue.issueKey, 'successdesk-unmatched-issue')),
                dom.el('td', 'successdesk-unmatched-why', why(issue)),
                dom.el('td', null, format.dateTime(issue.seenAt)),
                dom.append(dom.el('td'), linkForm(issue, linked))));
        });
        grid.appendChild(body);
        return grid;
    }

    function render(container) {
        var part = forms.section('successdesk-admin-unmatched', AJS.I18n.getText('successdesk.admin.unmatched.title'),
            AJS.I18n.getText('successdesk.admin.unmatched.intro'));
        var results = dom.el('div', 'successdesk-unmatched-results');
        results.setAttribute('aria-live', 'polite');
        part.node.appendChild(results);

        function load(after) {
            return rest.get('unmatched-issues?limit=' + PAGE_SIZE + (after ? '&after=' + after : '')).then(function (page) {
                forms.showMessage(part.form, null, null);
                while (results.firstChild) {
                    results.removeChild(results.firstChild);
                }
                if (page.items.length === 0) {
                    results.appendChild(dom.el('p', 'successdesk-unmatched-empty',
                        AJS.I18n.getText('successdesk.admin.unmatched.empty')));
                    return;
                }
                results.appendChild(dom.el('p', 'successdesk-unmatched-total',
                    AJS.I18n.getText('successdesk.admin.unmatched.total', format.number(page.total, 0))));
                results.appendChild(table(page, function (issue, key) {
                    forms.showMessage(part.form, 'success',
                        AJS.I18n.getText('successdesk.admin.unmatched.linked', issue.issueKey, key));
                    var row = results.querySelector('tr[data-issue-key="' + issue.issueKey.replace(/"/g, '') + '"]');
                    if (row) {
                        row.parentNode.removeChild(row);
                    }
                }));
                var nav = dom.el('div', 'successdesk-unmatched-pager');
                var first = dom.button('aui-button successdesk-unmatched-first',
                    AJS.I18n.getText('successdesk.admin.unmatched.first'), function () {
                        load(0);
                    });
                first.disabled = !after;
                var next = dom.button('aui-button successdesk-unmatched-next',
                    AJS.I18n.getText('successdesk.admin.audit.next'), function () {
                        load(page.next);
                    });
                next.disabled = page.next === null || page.next === undefined;
                results.appendChild(dom.append(nav, first, next));
            }, function (error) {
                forms.failure(part.form, error);
            });
        }

        forms.replaceSection(container, part.node);
        load(0);
        return part;
    }

    return {render: render};
});
