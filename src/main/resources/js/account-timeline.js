/*
 * Account page section "Timeline": what happened to the account, newest first (GET accounts/{key}/timeline), a page
 * at a time with "Show older" following the answer's cursor. Tickets link to their Jira issue; the other kinds are
 * worded from their details (successdesk/texts); a band change, recorded for its day, shows the day.
 */
define('successdesk/account-timeline', ['wrm/context-path', 'successdesk/rest-client', 'successdesk/dom',
    'successdesk/format', 'successdesk/texts'],
function (contextPath, rest, dom, format, texts) {
    'use strict';

    var el = dom.el;
    var PAGE_SIZE = 20;

    function kindText(kind) {
        switch (kind) {
            case 'ticket': return AJS.I18n.getText('successdesk.timeline.ticket');
            case 'touchpoint': return AJS.I18n.getText('successdesk.timeline.touchpoint');
            case 'csat': return AJS.I18n.getText('successdesk.timeline.csat');
            case 'cta': return AJS.I18n.getText('successdesk.timeline.cta');
            case 'plan-change': return AJS.I18n.getText('successdesk.timeline.plan-change');
            default: return AJS.I18n.getText('successdesk.timeline.health-change');
        }
    }

    function what(entry) {
        if (entry.kind === 'ticket') {
            return dom.append(el('span'), AJS.I18n.getText('successdesk.timeline.ticket-opened'), ' ',
                dom.link(contextPath() + '/browse/' + encodeURIComponent(entry.referenceId), entry.referenceId,
                    'successdesk-timeline-issue'));
        }
        return el('span', null, texts.timeline(entry));
    }

    function when(entry) {
        var bandChange = entry.kind === 'health-change' && entry.details && entry.details.to;
        return bandChange ? format.date(entry.referenceId) : format.dateTime(entry.at);
    }

    function item(entry) {
        return dom.append(dom.attrs(el('li', 'successdesk-timeline-entry'),
            {'data-kind': entry.kind, 'data-reference': entry.referenceId}),
        dom.attrs(el('time', 'successdesk-timeline-at', when(entry)), {datetime: entry.at}), ' ',
        el('span', 'aui-lozenge aui-lozenge-subtle successdesk-timeline-kind', kindText(entry.kind)), ' ', what(entry));
    }

    /** The section; it loads its first page itself. */
    function section(accountKey) {
        var block = el('section', 'successdesk-account-section successdesk-account-timeline');
        block.appendChild(el('h2', null, AJS.I18n.getText('successdesk.timeline.title')));
        var list = el('ol', 'successdesk-timeline');
        var status = el('p', 'successdesk-timeline-status');
        status.setAttribute('aria-live', 'polite');
        var older = dom.button('aui-button successdesk-timeline-older', AJS.I18n.getText('successdesk.timeline.older'),
            function () {
                load(older.getAttribute('data-next'));
            });
        older.hidden = true;
        dom.append(block, list, status, older);

        function load(cursor) {
            older.disabled = true;
            var path = 'accounts/' + encodeURIComponent(accountKey) + '/timeline?limit=' + PAGE_SIZE
                + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
            return rest.get(path).then(function (page) {
                page.items.forEach(function (entry) {
                    list.appendChild(item(entry));
                });
                status.textContent = list.children.length ? '' : AJS.I18n.getText('successdesk.timeline.empty');
                older.hidden = !page.next;
                older.disabled = false;
                if (page.next) {
                    older.setAttribute('data-next', page.next);
                }
            }, function (failure) {
                older.disabled = false;
                status.textContent = AJS.I18n.getText('successdesk.timeline.error', failure.message);
            });
        }

        load(null);
        return block;
    }

    return {section: section};
});
