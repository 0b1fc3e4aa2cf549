/*
 * SuccessDesk issue panel: fills the server-rendered placeholder from rest/successdesk/1.0/panel/{issueKey} and
 * offers the caller's actions (the server lists them in `actions` and checks them again on every request): snooze or
 * close a call to action, log a touchpoint, link or re-link the issue, open the account page. It reloads itself after
 * its own actions and when the page becomes visible again.
 */
define('successdesk/issue-panel', ['jquery', 'wrm/context-path', 'successdesk/rest-client', 'successdesk/dom',
    'successdesk/format', 'successdesk/texts', 'successdesk/form-dialog', 'successdesk/cta-dialogs', 'successdesk/sparkline',
    'successdesk/account-picker'], function ($, contextPath, rest, dom, format, texts, formDialog, ctaDialogs, sparkline,
    accountPicker) {
    'use strict';

    var PANEL_SELECTOR = '.successdesk-panel[data-successdesk-issue-key]';
    var el = dom.el;

    function accountUrl(key) {
        return contextPath() + '/plugins/servlet/successdesk/accounts/' + encodeURIComponent(key);
    }

    function issueUrl(key) {
        return contextPath() + '/browse/' + encodeURIComponent(key);
    }

    function may(panel, action) {
        return (panel.actions || []).indexOf(action) >= 0;
    }

    function row(list, label, value, className) {
        var term = el('dt', null, label);
        var detail = el('dd', className);
        dom.append(detail, value);
        dom.append(list, term, detail);
    }

    function health(account) {
        var block = el('div', 'successdesk-health');
        var h = account.health;
        if (!h || h.score === undefined || h.score === null) {
            block.appendChild(el('span', 'aui-lozenge', AJS.I18n.getText('successdesk.panel.health.none')));
            return block;
        }
        var lozenge = dom.bandLozenge(h.band, texts.band(h.band));
        lozenge.classList.add('successdesk-health-badge');
        var score = el('span', 'successdesk-health-score', format.score(h.score));
        score.setAttribute('aria-label', AJS.I18n.getText('successdesk.panel.health.score', format.score(h.score)));
        dom.append(block, lozenge, score);
        if (h.trend30Days !== undefined && h.trend30Days !== null) {
            block.appendChild(el('span', 'successdesk-health-trend',
                AJS.I18n.getText('successdesk.panel.health.trend', format.signed(h.trend30Days))));
        }
        if (h.overridden) {
            block.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle successdesk-health-overridden',
                AJS.I18n.getText('successdesk.panel.health.overridden')));
        }
        if (h.history && h.history.length > 1) {
            block.appendChild(sparkline.render(h.history, AJS.I18n.getText('successdesk.panel.health.sparkline')));
        }
        return block;
    }

    /** The reasons explain a band that is not green; a green account needs no excuse. */
    function reasons(account) {
        var h = account.health;
        if (!h || !h.band || h.band === 'green' || !h.topReasons || !h.topReasons.length) {
            return null;
        }
        return el('p', 'successdesk-health-reasons',
            AJS.I18n.getText('successdesk.panel.health.reasons', h.topReasons.map(texts.measure).join(', ')));
    }

    function renewal(account) {
        if (!account.renewalDate) {
            return AJS.I18n.getText('successdesk.panel.none');
        }
        var value = el('span', 'successdesk-renewal');
        value.appendChild(dom.attrs(el('time', null, format.date(account.renewalDate)), {datetime: account.renewalDate}));
        value.appendChild(el('span', 'successdesk-relative', ' (' + format.relativeDays(account.renewalDate) + ')'));
        return value;
    }

    function facts(panel) {
        var account = panel.account;
        var list = el('dl', 'successdesk-panel-facts');
        row(list, AJS.I18n.getText('successdesk.panel.csm'),
            account.csmDisplayName || account.csmUserKey || AJS.I18n.getText('successdesk.panel.none'));
        row(list, AJS.I18n.getText('successdesk.panel.renewal'), renewal(account));
        if (account.arr) {
            row(list, AJS.I18n.getText('successdesk.panel.arr'), format.money(account.arr), 'successdesk-arr');
        }
        row(list, AJS.I18n.getText('successdesk.panel.open-tickets'), format.number(account.openTickets));
        row(list, AJS.I18n.getText('successdesk.panel.csat'), texts.csat(account.csat));
        row(list, AJS.I18n.getText('successdesk.panel.matched-by'), texts.matchedBy(panel.matchedBy));
        return list;
    }

    function section(title, items, text) {
        if (!items || !items.length) {
            return null;
        }
        var wrapper = el('div', 'successdesk-panel-block');
        wrapper.appendChild(el('h4', 'successdesk-panel-section', title));
        var list = el('ul', 'successdesk-panel-list');
        items.forEach(function (item) {
            list.appendChild(el('li', null, text(item)));
        });
        wrapper.appendChild(list);
        return wrapper;
    }

    function linkDialog(container, issueKey, current) {
        var picker = accountPicker.create(current);
        formDialog.open({
            title: AJS.I18n.getText(current ? 'successdesk.panel.relink.title' : 'successdesk.panel.link.title', issueKey),
            intro: picker.element,
            submitText: AJS.I18n.getText('successdesk.panel.link'),
            cancelText: AJS.I18n.getText('successdesk.dialog.cancel'),
            fields: [],
            save: function () {
                var accountKey = picker.value();
                if (!accountKey) {
                    return Promise.reject({errors: {}, message: AJS.I18n.getText('successdesk.panel.link.choose')});
                }
                return rest.put('issues/' + encodeURIComponent(issueKey) + '/account', {accountKey: accountKey});
            },
            onSaved: function () {
                load(container);
            }
        });
        picker.focus();
    }

    function ctaItem(container, panel, cta, text) {
        var item = el('li', 'successdesk-cta');
        dom.attrs(item, {'data-successdesk-reason': cta.reason, 'data-successdesk-status': cta.status,
            'data-successdesk-cta-id': cta.id});
        item.appendChild(el('span', 'successdesk-cta-text', text));
        var actions = el('span', 'successdesk-cta-actions');
        if (cta.jiraIssueKey) {
            actions.appendChild(dom.link(issueUrl(cta.jiraIssueKey), cta.jiraIssueKey, 'successdesk-cta-issue'));
        }
        if (may(panel, 'manage-ctas')) {
            if (cta.status === 'open') {
                actions.appendChild(dom.button('aui-button-link successdesk-cta-snooze', AJS.I18n.getText('successdesk.cta.snooze'),
                    function () {
                        ctaDialogs.snooze(cta, function () {
                            load(container);
                        });
                    }));
            }
            actions.appendChild(dom.button('aui-button-link successdesk-cta-close', AJS.I18n.getText('successdesk.cta.close'),
                function () {
                    ctaDialogs.close(cta, function () {
                        load(container);
                    });
                }));
        }
        if (actions.childNodes.length) {
            item.appendChild(actions);
        }
        return item;
    }

    function ctaSection(container, panel, titleKey, ctas, text) {
        if (!ctas.length) {
            return null;
        }
        var wrapper = el('div', 'successdesk-panel-block');
        wrapper.appendChild(el('h4', 'successdesk-panel-section', AJS.I18n.getText(titleKey)));
        var list = el('ul', 'successdesk-panel-list successdesk-ctas');
        ctas.forEach(function (cta) {
            list.appendChild(ctaItem(container, panel, cta, text(cta)));
        });
        wrapper.appendChild(list);
        return wrapper;
    }

    function actionBar(container, panel) {
        var bar = el('div', 'aui-buttons successdesk-panel-actions');
        var account = panel.account;
        if (account && may(panel, 'log-touchpoint')) {
            bar.appendChild(dom.button('successdesk-log-touchpoint', AJS.I18n.getText('successdesk.touchpoint.log'), function () {
                ctaDialogs.logTouchpoint(account, function () {
                    load(container);
                });
            }));
        }
        if (may(panel, 'link')) {
            bar.appendChild(dom.button('successdesk-link-open', AJS.I18n.getText(account ? 'successdesk.panel.relink' : 'successdesk.panel.link'),
                function () {
                    linkDialog(container, panel.issueKey, account ? {key: account.key, name: account.name} : null);
                }));
        }
        if (account && may(panel, 'open-account')) {
            bar.appendChild(dom.link(accountUrl(account.key), AJS.I18n.getText('successdesk.panel.open-account'),
                'aui-button successdesk-open-account'));
        }
        return bar.childNodes.length ? bar : null;
    }

    function renderMatched(container, panel) {
        var account = panel.account;
        var root = el('div', 'successdesk-panel-account');
        var header = el('div', 'successdesk-panel-header');
        var name = may(panel, 'open-account') ? dom.link(accountUrl(account.key), account.name) : el('span', null, account.name);
        name.classList.add('successdesk-account-name');
        dom.append(header, name, el('span', 'aui-lozenge aui-lozenge-subtle successdesk-account-tier', account.tier));
        var open = (account.openCtas || []).filter(function (c) {
            return c.status === 'open';
        });
        var snoozed = (account.openCtas || []).filter(function (c) {
            return c.status === 'snoozed';
        });
        dom.append(root, header, health(account), reasons(account), facts(panel),
            section(AJS.I18n.getText('successdesk.panel.objectives'), account.objectives, function (o) {
                return AJS.I18n.getText('successdesk.panel.objective', o.title, o.planTitle);
            }),
            section(AJS.I18n.getText('successdesk.panel.overdue-tasks'), account.overdueTasks, function (t) {
                return AJS.I18n.getText('successdesk.panel.task.due', t.title, format.date(t.dueDate));
            }),
            ctaSection(container, panel, 'successdesk.panel.ctas', open, texts.cta),
            ctaSection(container, panel, 'successdesk.panel.ctas.snoozed', snoozed, function (c) {
                return AJS.I18n.getText('successdesk.panel.cta.snoozed-until', texts.cta(c), format.date(c.snoozedUntil));
            }),
            actionBar(container, panel));
        container.replaceChildren(root);
    }

    function renderUnmatched(container, panel) {
        var root = el('div', 'successdesk-panel-unmatched');
        root.appendChild(el('p', 'successdesk-panel-message', panel.state === 'ambiguous'
            ? texts.ambiguous(panel) : AJS.I18n.getText('successdesk.panel.unmatched')));
        root.setAttribute('data-successdesk-may-link', String(may(panel, 'link')));
        dom.append(root, actionBar(container, panel));
        container.replaceChildren(root);
    }

    function showMessage(container, text, className) {
        container.replaceChildren(el('p', 'successdesk-panel-message ' + className, text));
    }

    /** Loads the panel; the first load shows a loading line, later ones keep the old content until the new arrives. */
    function load(container) {
        var issueKey = container.getAttribute('data-successdesk-issue-key');
        if (!container.firstChild) {
            showMessage(container, AJS.I18n.getText('successdesk.panel.loading'), 'successdesk-panel-loading');
        }
        container.setAttribute('aria-busy', 'true');
        return rest.get('panel/' + encodeURIComponent(issueKey)).then(function (panel) {
            if (panel.state === 'matched') {
                renderMatched(container, panel);
            } else if (panel.state === 'not-support-project') {
                container.replaceChildren();
            } else {
                renderUnmatched(container, panel);
            }
        }, function () {
            showMessage(container, AJS.I18n.getText('successdesk.panel.error'), 'successdesk-panel-error');
        }).then(function () {
            container.removeAttribute('aria-busy');
            container.setAttribute('data-successdesk-loaded', String(Date.now()));
        });
    }

    function render(container) {
        if (container.getAttribute('data-successdesk-rendered') === 'true') {
            return;
        }
        container.setAttribute('data-successdesk-rendered', 'true');
        load(container);
    }

    function renderAll(root) {
        $(root || document).find(PANEL_SELECTOR).each(function () {
            render(this);
        });
    }

    /** Another tab may have changed the account: reload every panel on the page when it becomes visible again. */
    function reloadVisible() {
        if (document.visibilityState === 'visible') {
            $(document).find(PANEL_SELECTOR + '[data-successdesk-rendered="true"]').each(function () {
                load(this);
            });
        }
    }

    return {
        render: render,
        renderAll: renderAll,
        reloadVisible: reloadVisible
    };
});

require(['successdesk/issue-panel'], function (panel) {
    'use strict';
    AJS.$(function () {
        panel.renderAll(document);
    });
    document.addEventListener('visibilitychange', panel.reloadVisible);
    if (typeof JIRA !== 'undefined' && JIRA.bind && JIRA.Events) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function (event, context) {
            panel.renderAll(context);
        });
    }
});
