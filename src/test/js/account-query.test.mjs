import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadModule} from './amd.mjs';

const query = loadModule('successdesk/account-query');
const plain = (value) => JSON.parse(JSON.stringify(value));
const NOW = new Date(2026, 11, 3, 23, 30);   // 3 Dec 2026, 23:30 in the viewer's own zone

test('the first page by name, nothing filtered', () => {
    assert.equal(query.params(query.initial(), NOW), 'sort=name&direction=asc&offset=0&limit=25');
});

test('filters become API parameters; renewals within 30 days end before the 31st day after the viewer today', () => {
    const state = query.filtered(query.initial(), {text: '  acme ', band: 'red', tier: 'Mid-Market', csm: 'csm',
        renewalWithinDays: 30});
    assert.equal(query.params(state, NOW), 'q=acme&band=red&tier=Mid-Market&csm=csm&renewalBefore=2027-01-03'
        + '&sort=name&direction=asc&offset=0&limit=25');
    assert.equal(query.params(query.filtered(query.initial(), {tier: 'R&D / Labs'}), NOW),
        'tier=R%26D%20%2F%20Labs&sort=name&direction=asc&offset=0&limit=25', 'admin-defined tier names are encoded');
});

test('only accounts with open calls to action, when asked', () => {
    assert.equal(query.params(query.filtered(query.initial(), {openCtas: true, band: 'amber'}), NOW),
        'band=amber&openCtas=true&sort=name&direction=asc&offset=0&limit=25');
    assert.equal(query.params(query.filtered(query.initial(), {openCtas: false}), NOW),
        'sort=name&direction=asc&offset=0&limit=25');
});

test('a filter change goes back to the first page', () => {
    const third = query.paged(query.paged(query.initial(), true), true);
    assert.equal(third.offset, 50);
    assert.equal(query.filtered(third, {band: 'amber'}).offset, 0);
    assert.equal(query.paged(query.initial(), false).offset, 0, 'never before the first page');
});

test('sorting: a new column starts worst-first, the same column flips, unknown columns change nothing', () => {
    const byHealth = query.sortedBy(query.initial(), 'health-score');
    assert.deepEqual([byHealth.sort, byHealth.direction], ['health-score', 'asc']);
    assert.equal(query.sortedBy(byHealth, 'health-score').direction, 'desc');
    assert.equal(query.sortedBy(query.initial(), 'arr').direction, 'desc');
    assert.deepEqual(plain(query.sortedBy(byHealth, 'evil')), plain(byHealth));
});

test('the pager counts rows from 1 and knows both ends', () => {
    assert.deepEqual(plain(query.pager(0, 25, 60)), {from: 1, to: 25, total: 60, hasPrevious: false, hasNext: true});
    assert.deepEqual(plain(query.pager(50, 10, 60)), {from: 51, to: 60, total: 60, hasPrevious: true, hasNext: false});
    assert.deepEqual(plain(query.pager(0, 0, 0)), {from: 0, to: 0, total: 0, hasPrevious: false, hasNext: false});
});

test('the CSM filter offers every CSM seen so far by name, the chosen one even before it is seen', () => {
    const first = query.csmChoices([], [
        {key: 'ACME', csmUserKey: 'jdoe', csmDisplayName: 'Zoe Doe'},
        {key: 'GLOBEX', csmUserKey: 'amiller', csmDisplayName: 'Anna Miller'},
        {key: 'INITECH'},
        {key: 'HOOLI', csmUserKey: 'gone'}], 'me');
    assert.deepEqual(plain(first), [{key: 'amiller', name: 'Anna Miller'}, {key: 'gone', name: 'gone'},
        {key: 'me', name: 'me'}, {key: 'jdoe', name: 'Zoe Doe'}]);
    const later = query.csmChoices(first, [{key: 'ACME', csmUserKey: 'me', csmDisplayName: 'Mia Example'}], 'me');
    assert.deepEqual(plain(later).map((csm) => csm.name), ['Anna Miller', 'gone', 'Mia Example', 'Zoe Doe'],
        'a filtered page never drops CSMs seen before, and a name replaces the key once seen');
});
