/*
 * SuccessDesk accounts list state (pure, covered by the node tests): the filters, order and page the user chose, as
 * the query string of GET /rest/successdesk/1.0/accounts, what the pager shows and which CSMs the CSM filter offers.
 */
define('successdesk/account-query', ['successdesk/format'], function (format) {
    'use strict';

    var PAGE_SIZE = 25;
    /** Sort columns the list offers, as the API names them; arr only for financial viewers. */
    var SORTABLE = ['name', 'health-score', 'renewal-date', 'arr'];
    /** The order a first click on a column gives: worst health and nearest renewal first. */
    var FIRST_DIRECTION = {'name': 'asc', 'health-score': 'asc', 'renewal-date': 'asc', 'arr': 'desc'};

    function initial() {
        return {text: '', band: '', tier: '', csm: '', renewalWithinDays: 0, openCtas: false, sort: 'name', direction: 'asc',
            offset: 0};
    }

    /** The day renewals must fall before to be within {@code days} of the viewer's today (exclusive bound). */
    function renewalBefore(days, now) {
        return new Date(format.localToday(now) + (days + 1) * 86400000).toISOString().slice(0, 10);
    }

    function params(state, now) {
        var query = [];
        function add(name, value) {
            query.push(encodeURIComponent(name) + '=' + encodeURIComponent(value));
        }
        if (state.text && state.text.trim()) {
            add('q', state.text.trim());
        }
        if (state.band) {
            add('band', state.band);
        }
        if (state.tier) {
            add('tier', state.tier);
        }
        if (state.csm) {
            add('csm', state.csm);
        }
        if (state.renewalWithinDays > 0) {
            add('renewalBefore', renewalBefore(state.renewalWithinDays, now));
        }
        if (state.openCtas) {
            add('openCtas', 'true');
        }
        add('sort', state.sort);
        add('direction', state.direction);
        add('offset', state.offset);
        add('limit', PAGE_SIZE);
        return query.join('&');
    }

    /** A filter changed: back to the first page. */
    function filtered(state, changes) {
        return Object.assign({}, state, changes, {offset: 0});
    }

    /** A click on a column header: the same column flips its direction, another starts with its natural one. */
    function sortedBy(state, column) {
        if (SORTABLE.indexOf(column) < 0) {
            return state;
        }
        var direction = state.sort === column ? (state.direction === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[column];
        return Object.assign({}, state, {sort: column, direction: direction, offset: 0});
    }

    function paged(state, forward) {
        return Object.assign({}, state, {offset: Math.max(0, state.offset + (forward ? PAGE_SIZE : -PAGE_SIZE))});
    }

    /** What the pager says: rows from–to of total (1-based), and whether there is a page before or after. */
    function pager(offset, shown, total) {
        return {from: shown ? offset + 1 : 0, to: offset + shown, total: total, hasPrevious: offset > 0,
            hasNext: offset + shown < total};
    }

    /**
     * The CSMs the CSM filter offers: those {@code known} so far plus the owners of the accounts just listed (by
     * display name when the API sends one, else by user key), and the chosen one, sorted by what the select shows.
     */
    function csmChoices(known, accounts, chosen) {
        var names = {};
        known.forEach(function (csm) {
            names[csm.key] = csm.name;
        });
        accounts.forEach(function (account) {
            if (account.csmUserKey) {
                names[account.csmUserKey] = account.csmDisplayName || names[account.csmUserKey] || account.csmUserKey;
            }
        });
        if (chosen && !names[chosen]) {
            names[chosen] = chosen;
        }
        return Object.keys(names).map(function (key) {
            return {key: key, name: names[key]};
        }).sort(function (a, b) {
            return a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
        });
    }

    return {PAGE_SIZE: PAGE_SIZE, initial: initial, params: params, filtered: filtered, sortedBy: sortedBy,
        paged: paged, pager: pager, csmChoices: csmChoices};
});
