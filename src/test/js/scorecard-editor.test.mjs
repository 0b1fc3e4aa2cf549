import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadModule} from './amd.mjs';

const editor = loadModule('successdesk/scorecard-editor');
// values made in the module's context: compared as plain JSON
const plain = value => JSON.parse(JSON.stringify(value));

const SCORECARD = {
    version: 'v7',
    amberFrom: 50,
    greenFrom: 75,
    measures: [
        {id: 'NPS', weight: 2, redBound: 0, greenBound: 50, windowDays: 180, minimumSample: 5, validityDays: null},
        {id: 'CSM_SENTIMENT', weight: 2, redBound: 1, greenBound: 5, windowDays: 0, minimumSample: 0, validityDays: 90}
    ],
    available: [
        {id: 'OPEN_TICKETS', weight: 1, redBound: 15, greenBound: 2, windowDays: 0, minimumSample: 0, validityDays: null},
        {id: 'NPS', weight: 2, redBound: 0, greenBound: 50, windowDays: 180, minimumSample: 5, validityDays: null}
    ]
};

test('rows list the scorecard measures on, in order, then the built-ins it leaves out, off', () => {
    const rows = editor.rowsFrom(SCORECARD);
    assert.deepEqual(plain(rows.map(row => [row.id, row.on])), [['NPS', true], ['CSM_SENTIMENT', true], ['OPEN_TICKETS', false]]);
    assert.equal(rows[0].weight, '2');
    assert.equal(rows[1].manual, true);
    assert.equal(rows[0].manual, false);
    assert.equal(rows[0].validityDays, '');
});

test('the draft holds the measures that are on, numbers as typed, and remembers their rows', () => {
    const rows = editor.rowsFrom(SCORECARD);
    rows[0].on = false;
    rows[2].on = true;
    rows[2].weight = ' 3.5 ';
    rows[1].redBound = 'abc';
    const draft = editor.draftFrom(rows, '40', '80');
    assert.deepEqual(plain(draft.measures.map(m => m.id)), ['CSM_SENTIMENT', 'OPEN_TICKETS']);
    assert.equal(draft.measures[1].weight, 3.5);
    assert.equal(draft.measures[0].redBound, null, 'not a number: sent as null so the server names the field');
    assert.equal(draft.measures[0].validityDays, 90);
    assert.equal(draft.measures[1].validityDays, null, 'computed measures have no validity');
    assert.deepEqual(plain(draft.rowIndexes), [1, 2]);
    assert.deepEqual([draft.amberFrom, draft.greenFrom], [40, 80]);
    assert.deepEqual(Object.keys(editor.body(draft, {basedOnVersion: 'v7'})).sort(),
        ['amberFrom', 'basedOnVersion', 'greenFrom', 'measures']);
});

test('server errors on measures[i] land on the row of the i-th measure sent; others on the form', () => {
    const rows = editor.rowsFrom(SCORECARD);
    rows[0].on = false;
    rows[2].on = true;
    const draft = editor.draftFrom(rows, '', '75');
    assert.equal(draft.amberFrom, null);
    const placed = editor.placeErrors({'measures[1].weight': 'must be above 0', amberFrom: 'is required'}, draft);
    assert.deepEqual(plain(placed.rows), {2: {weight: 'must be above 0'}});
    assert.deepEqual(plain(placed.form), {amberFrom: 'is required'});
});

test('the preview accounts are the keys typed, in upper case, whatever separates them', () => {
    assert.deepEqual(plain(editor.previewAccounts(' acme, Globex;initech\n\tumbrella ')),
        ['ACME', 'GLOBEX', 'INITECH', 'UMBRELLA']);
    assert.deepEqual(plain(editor.previewAccounts('')), [], 'empty: the server takes the five largest');
    assert.deepEqual(plain(editor.previewAccounts(undefined)), []);
});
