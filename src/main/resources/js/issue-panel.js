/*
 * SuccessDesk issue panel: fills the server-rendered placeholder from rest/successdesk/1.0/panel/{issueKey}.
 * Plain AMD module for Jira's loader; the DOM is built with createElement + textContent only, never innerHTML with
 * data. Every text goes through AJS.I18n.getText with a literal key (Jira's jsI18n transformer needs literals).
 */
define('successdesk/issue-panel', ['jquery', 'successdesk/rest-client'], function ($, rest) {
    'use strict';

    var PANEL_SELECTOR = '.successdesk-panel[data-successdesk-issue-key]';

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    function message(container, text, className) {
        container.replaceChildren(el('p', 'successdesk-panel-message' + (className ? ' ' + className : ''), text));
    }

    function row(list, label, value) {
        var item = el('li', 'successdesk-panel-row');
        item.appendChild(el('span', 'successdesk-panel-label', label));
        if (value instanceof Node) {
            item.appendChild(value);
        } else {
            item.appendChild(el('span', 'successdesk-panel-value', value));
        }
        list.appendChild(item);
    }

    function bandText(band) {
        if (band === 'green') {
            return AJS.I18n.getText('successdesk.panel.band.green');
        }
        if (band === 'amber') {
            return AJS.I18n.getText('successdesk.panel.band.amber');
        }
        return AJS.I18n.getText('successdesk.panel.band.red');
    }

    function matchedByText(rule) {
        switch (rule) {
            case 'manual-link': return AJS.I18n.getText('successdesk.panel.matched.manual-link');
            case 'jsm-organization': return AJS.I18n.getText('successdesk.panel.matched.jsm-organization');
            case 'custom-field': return AJS.I18n.getText('successdesk.panel.matched.custom-field');
            case 'email-domain': return AJS.I18n.getText('successdesk.panel.matched.email-domain');
            case 'email-parent-domain': return AJS.I18n.getText('successdesk.panel.matched.email-parent-domain');
            default: return AJS.I18n.getText('successdesk.panel.matched.project-default');
        }
    }

    function measureText(measure) {
        switch (measure) {
            case 'OPEN_TICKETS': return AJS.I18n.getText('successdesk.panel.measure.open-tickets');
            case 'OPEN_HIGH_PRIORITY': return AJS.I18n.getText('successdesk.panel.measure.open-high-priority');
            case 'TICKET_VOLUME_TREND': return AJS.I18n.getText('successdesk.panel.measure.ticket-volume-trend');
            case 'MEDIAN_TIME_TO_RESOLUTION': return AJS.I18n.getText('successdesk.panel.measure.median-time-to-resolution');
            case 'MEDIAN_FIRST_RESPONSE': return AJS.I18n.getText('successdesk.panel.measure.median-first-response');
            case 'REOPEN_RATE': return AJS.I18n.getText('successdesk.panel.measure.reopen-rate');
            case 'OLDEST_OPEN_AGE': return AJS.I18n.getText('successdesk.panel.measure.oldest-open-age');
            case 'OPEN_DEFECTS': return AJS.I18n.getText('successdesk.panel.measure.open-defects');
            case 'OPEN_QUESTIONS': return AJS.I18n.getText('successdesk.panel.measure.open-questions');
            case 'CSAT_SATISFIED': return AJS.I18n.getText('successdesk.panel.measure.csat-satisfied');
            case 'NPS': return AJS.I18n.getText('successdesk.panel.measure.nps');
            case 'CSM_SENTIMENT': return AJS.I18n.getText('successdesk.panel.measure.csm-sentiment');
            case 'DAYS_SINCE_TOUCHPOINT': return AJS.I18n.getText('successdesk.panel.measure.days-since-touchpoint');
            case 'DAYS_TO_RENEWAL': return AJS.I18n.getText('successdesk.panel.measure.days-to-renewal');
            case 'ARR_CHANGE_90D': return AJS.I18n.getText('successdesk.panel.measure.arr-change-90d');
            default: return measure.replace(/^CUSTOM:/, '');
        }
    }

    function healthBadge(health) {
        var badge = el('span', 'successdesk-health');
        if (!health || health.score === undefined || health.score === null) {
            badge.appendChild(el('span', 'aui-lozenge', AJS.I18n.getText('successdesk.panel.health.none')));
            return badge;
        }
        var lozenge = {green: 'aui-lozenge-success', amber: 'aui-lozenge-current', red: 'aui-lozenge-error'}[health.band] || '';
        badge.appendChild(el('span', 'aui-lozenge ' + lozenge + ' successdesk-health-badge',
            bandText(health.band) + ' ' + Math.round(health.score)));
        if (health.trend30Days !== undefined && health.trend30Days !== null) {
            var trend = Math.round(health.trend30Days);
            badge.appendChild(el('span', 'successdesk-health-trend',
                AJS.I18n.getText('successdesk.panel.health.trend', (trend > 0 ? '+' : '') + trend)));
        }
        if (health.overridden) {
            badge.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle', AJS.I18n.getText('successdesk.panel.health.overridden')));
        }
        return badge;
    }

    function csatText(csat) {
        if (csat.status === 'ok') {
            return AJS.I18n.getText('successdesk.panel.csat.value', Math.round(csat.satisfiedPercent), csat.n);
        }
        if (csat.status === 'insufficient-data') {
            return AJS.I18n.getText('successdesk.panel.csat.insufficient', csat.n);
        }
        return AJS.I18n.getText('successdesk.panel.csat.none');
    }

    function section(parent, title, items, text) {
        if (!items || items.length === 0) {
            return;
        }
        parent.appendChild(el('h4', 'successdesk-panel-section', title));
        var list = el('ul', 'successdesk-panel-list');
        items.forEach(function (item) {
            list.appendChild(el('li', null, text(item)));
        });
        parent.appendChild(list);
    }

    function renderMatched(container, panel) {
        var account = panel.account;
        var root = el('div', 'successdesk-panel-account');
        var header = el('div', 'successdesk-panel-header');
        header.appendChild(el('strong', 'successdesk-account-name', account.name));
        header.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle successdesk-account-tier', account.tier));
        root.appendChild(header);
        root.appendChild(healthBadge(account.health));
        if (account.health && account.health.topReasons && account.health.topReasons.length) {
            root.appendChild(el('p', 'successdesk-health-reasons',
                AJS.I18n.getText('successdesk.panel.health.reasons', account.health.topReasons.map(measureText).join(', '))));
        }
        var facts = el('ul', 'successdesk-panel-facts');
        row(facts, AJS.I18n.getText('successdesk.panel.csm'), account.csmUserKey || AJS.I18n.getText('successdesk.panel.none'));
        row(facts, AJS.I18n.getText('successdesk.panel.renewal'), account.renewalDate || AJS.I18n.getText('successdesk.panel.none'));
        if (account.arr) {
            row(facts, AJS.I18n.getText('successdesk.panel.arr'),
                (account.arr.minorUnits / 100).toLocaleString() + ' ' + account.arr.currency);
        }
        row(facts, AJS.I18n.getText('successdesk.panel.open-tickets'), account.openTickets);
        row(facts, AJS.I18n.getText('successdesk.panel.csat'), csatText(account.csat));
        row(facts, AJS.I18n.getText('successdesk.panel.matched-by'), matchedByText(panel.matchedBy));
        root.appendChild(facts);
        section(root, AJS.I18n.getText('successdesk.panel.objectives'), account.objectives, function (o) {
            return o.title + ' (' + o.planTitle + ')';
        });
        section(root, AJS.I18n.getText('successdesk.panel.overdue-tasks'), account.overdueTasks, function (t) {
            return AJS.I18n.getText('successdesk.panel.task.due', t.title, t.dueDate);
        });
        var ctas = account.openCtas || [];
        section(root, AJS.I18n.getText('successdesk.panel.ctas'), ctas.filter(function (c) {
            return c.status === 'open';
        }), function (c) {
            return c.explanation;
        });
        section(root, AJS.I18n.getText('successdesk.panel.ctas.snoozed'), ctas.filter(function (c) {
            return c.status === 'snoozed';
        }), function (c) {
            return AJS.I18n.getText('successdesk.panel.cta.snoozed-until', c.explanation, c.snoozedUntil);
        });
        container.replaceChildren(root);
    }

    function linkForm(container, issueKey) {
        var form = el('form', 'aui successdesk-link-form');
        var input = el('input', 'text successdesk-link-account');
        input.type = 'text';
        input.setAttribute('aria-label', AJS.I18n.getText('successdesk.panel.link.account'));
        input.placeholder = AJS.I18n.getText('successdesk.panel.link.account');
        var button = el('button', 'aui-button successdesk-link-submit', AJS.I18n.getText('successdesk.panel.link'));
        button.type = 'submit';
        var error = el('p', 'successdesk-link-error');
        form.appendChild(input);
        form.appendChild(button);
        form.appendChild(error);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            button.disabled = true;
            rest.put('issues/' + encodeURIComponent(issueKey) + '/account', {accountKey: input.value.trim()})
                .then(function () {
                    load(container);
                }, function (failure) {
                    button.disabled = false;
                    error.textContent = (failure.errors && failure.errors.accountKey) || failure.message;
                });
        });
        return form;
    }

    function renderUnmatched(container, panel) {
        var root = el('div', 'successdesk-panel-unmatched');
        if (panel.state === 'ambiguous') {
            root.appendChild(el('p', 'successdesk-panel-message', AJS.I18n.getText('successdesk.panel.ambiguous', panel.reason)));
        } else {
            root.appendChild(el('p', 'successdesk-panel-message', AJS.I18n.getText('successdesk.panel.unmatched')));
        }
        root.appendChild(linkForm(container, panel.issueKey));
        container.replaceChildren(root);
    }

    function load(container) {
        var issueKey = container.getAttribute('data-successdesk-issue-key');
        message(container, AJS.I18n.getText('successdesk.panel.loading'), 'successdesk-panel-loading');
        return rest.get('panel/' + encodeURIComponent(issueKey)).then(function (panel) {
            if (panel.state === 'matched') {
                renderMatched(container, panel);
            } else if (panel.state === 'not-support-project') {
                container.replaceChildren();
            } else {
                renderUnmatched(container, panel);
            }
        }, function () {
            message(container, AJS.I18n.getText('successdesk.panel.error'), 'successdesk-panel-error');
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

    return {
        render: render,
        renderAll: renderAll
    };
});

require(['successdesk/issue-panel'], function (panel) {
    'use strict';
    AJS.$(function () {
        panel.renderAll(document);
    });
    if (typeof JIRA !== 'undefined' && JIRA.bind && JIRA.Events) {
        JIRA.bind(JIRA.Events.NEW_CONTENT_ADDED, function (event, context) {
            panel.renderAll(context);
        });
    }
});
