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

    /** The viewer's locale for Intl (the page's language, as Jira sets it), else the browser's. */
    function locale() {
        return document.documentElement.lang || undefined;
    }

    /** Milliseconds of an ISO date (yyyy-mm-dd) at UTC midnight; the server sends calendar days, not instants. */
    function utcDay(isoDate) {
        var parts = isoDate.split('-');
        return Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
    }

    function formatDate(isoDate) {
        return new Intl.DateTimeFormat(locale(), {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date(utcDay(isoDate)));
    }

    /** "in 75 days", "tomorrow", "3 days ago": whole days from the viewer's today, computed now, never stored. */
    function relativeDays(isoDate) {
        var now = new Date();
        var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
        var days = Math.round((utcDay(isoDate) - today) / 86400000);
        return new Intl.RelativeTimeFormat(locale(), {numeric: 'auto'}).format(days, 'day');
    }

    function formatNumber(value, fractionDigits) {
        return new Intl.NumberFormat(locale(), {maximumFractionDigits: fractionDigits}).format(value);
    }

    function formatPercent(percent) {
        return new Intl.NumberFormat(locale(), {style: 'percent', maximumFractionDigits: 1}).format(percent / 100);
    }

    function wasText(facts) {
        return facts.previousBand ? AJS.I18n.getText('successdesk.cta.was', bandText(facts.previousBand)) : '';
    }

    function ctaSection(parent, titleKey, ctas, text) {
        if (!ctas.length) {
            return;
        }
        parent.appendChild(el('h4', 'successdesk-panel-section', AJS.I18n.getText(titleKey)));
        var list = el('ul', 'successdesk-panel-list successdesk-ctas');
        ctas.forEach(function (c) {
            var item = el('li', 'successdesk-cta', text(c));
            item.setAttribute('data-successdesk-reason', c.reason);
            item.setAttribute('data-successdesk-status', c.status);
            list.appendChild(item);
        });
        parent.appendChild(list);
    }

    /**
     * A CTA's sentence, worded here from its reason and facts (the server sends no text). Scores and bands of the
     * moment a rule fired are left out where the panel shows the live ones, so the two never contradict.
     */
    function ctaText(cta) {
        var f = cta.facts || {};
        if (f.legacyText) {
            return f.legacyText;
        }
        switch (cta.reason) {
            case 'entered-red':
                return AJS.I18n.getText('successdesk.cta.entered-red', formatDate(f.day), '', wasText(f));
            case 'green-expansion':
                return AJS.I18n.getText('successdesk.cta.green-expansion', formatDate(f.day), '', wasText(f));
            case 'score-drop':
                return AJS.I18n.getText('successdesk.cta.score-drop', formatNumber(f.peakScore - f.score, 1),
                    formatNumber(f.peakScore, 1), formatDate(f.peakDay), formatNumber(f.score, 1), formatDate(f.day));
            case 'low-csat':
                return f.count === 1
                    ? AJS.I18n.getText('successdesk.cta.low-csat.one', f.count, f.maxRating, formatDate(f.since), f.issueKeys.join(', '))
                    : AJS.I18n.getText('successdesk.cta.low-csat.many', formatNumber(f.count, 0), f.maxRating, formatDate(f.since),
                        f.issueKeys.join(', '));
            case 'renewal-at-risk':
                return AJS.I18n.getText('successdesk.cta.renewal-at-risk', formatDate(f.renewalDate), relativeDays(f.renewalDate));
            case 'renewal-90':
            case 'renewal-60':
            case 'renewal-30':
                return AJS.I18n.getText('successdesk.cta.renewal', formatDate(f.renewalDate), relativeDays(f.renewalDate));
            case 'promoter':
                return f.count === 1
                    ? AJS.I18n.getText('successdesk.cta.promoter.one', f.count, formatDate(f.since))
                    : AJS.I18n.getText('successdesk.cta.promoter.many', formatNumber(f.count, 0), formatDate(f.since));
            case 'usage-growth':
                return AJS.I18n.getText('successdesk.cta.usage-growth', formatPercent(f.growthPercent), formatPercent(f.thresholdPercent));
            case 'onboarding-overdue':
                return AJS.I18n.getText('successdesk.cta.onboarding-overdue');
            case 'no-touchpoint':
                return f.lastTouchpoint
                    ? AJS.I18n.getText('successdesk.cta.no-touchpoint', formatDate(f.lastTouchpoint), relativeDays(f.lastTouchpoint),
                        f.limitDays)
                    : AJS.I18n.getText('successdesk.cta.no-touchpoint.never');
            default:
                return AJS.I18n.getText('successdesk.cta.unknown', cta.reason);
        }
    }

    /** Why an issue matches several accounts, worded from the reason code and its parameters. */
    function ambiguousText(panel) {
        var candidates = (panel.candidates || []).join(', ');
        var claimed = (panel.claimed || []).join(', ');
        switch (panel.reason) {
            case 'domain-claimed-twice':
                return AJS.I18n.getText('successdesk.panel.ambiguous.domain-claimed-twice', claimed, candidates);
            case 'organizations-claimed-twice':
                return AJS.I18n.getText('successdesk.panel.ambiguous.organizations-claimed-twice', claimed, candidates);
            case 'field-value-claimed-twice':
                return AJS.I18n.getText('successdesk.panel.ambiguous.field-value-claimed-twice', claimed, candidates);
            default:
                return AJS.I18n.getText('successdesk.panel.ambiguous', candidates);
        }
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
        ctaSection(root, 'successdesk.panel.ctas', (account.openCtas || []).filter(function (c) {
            return c.status === 'open';
        }), ctaText);
        ctaSection(root, 'successdesk.panel.ctas.snoozed', (account.openCtas || []).filter(function (c) {
            return c.status === 'snoozed';
        }), function (c) {
            return AJS.I18n.getText('successdesk.panel.cta.snoozed-until', ctaText(c), formatDate(c.snoozedUntil));
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
            root.appendChild(el('p', 'successdesk-panel-message', ambiguousText(panel)));
        } else {
            root.appendChild(el('p', 'successdesk-panel-message', AJS.I18n.getText('successdesk.panel.unmatched')));
        }
        container.replaceChildren(root);
        // Linking needs the right to view accounts (the server answers 404 otherwise): offer it only to those callers.
        rest.get('me').then(function (me) {
            var mayLink = (me.capabilities || []).some(function (capability) {
                return String(capability).toLowerCase().replace(/_/g, '-') === 'view-accounts';
            });
            if (mayLink) {
                root.appendChild(linkForm(container, panel.issueKey));
            }
            root.setAttribute('data-successdesk-may-link', String(mayLink));
        }, function () {
            root.setAttribute('data-successdesk-may-link', 'false');
        });
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
