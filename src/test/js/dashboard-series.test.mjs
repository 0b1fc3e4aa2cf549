import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadModule} from './amd.mjs';

const shape = loadModule('successdesk/dashboard-series');
const plain = (value) => JSON.parse(JSON.stringify(value));
const NOW = new Date(2026, 11, 3, 23, 30);   // 3 Dec 2026, late evening in the viewer's own zone

test('a CSAT period of six months starts on the first of the month six months back and ends today', () => {
    assert.deepEqual(plain(shape.csatRange(6, NOW)), {from: '2026-06-01', to: '2026-12-03'});
    assert.deepEqual(plain(shape.csatRange(24, new Date(2026, 0, 15))), {from: '2024-01-01', to: '2026-01-15'});
});

test('twelve retention months end with the current, partial month', () => {
    assert.deepEqual(plain(shape.monthRange(12, NOW)), {from: '2026-01', to: '2026-12'});
    assert.deepEqual(plain(shape.monthRange(1, NOW)), {from: '2026-12', to: '2026-12'});
});

test('CSAT columns keep empty periods as gaps and count every answer', () => {
    const columns = plain(shape.csatColumns([
        {start: '2026-11-02', status: 'ok', n: 12, satisfiedPercent: 75, intervalLowerPercent: 46.8, intervalUpperPercent: 91.1},
        {start: '2026-11-09', status: 'no-data', n: 0},
        {start: '2026-11-16', status: 'insufficient-data', n: 2, satisfiedPercent: 50, intervalLowerPercent: 9.5,
            intervalUpperPercent: 90.5}
    ]));
    assert.deepEqual(columns[0], [Date.UTC(2026, 10, 2) / 1000, Date.UTC(2026, 10, 9) / 1000, Date.UTC(2026, 10, 16) / 1000]);
    assert.deepEqual(columns.slice(1), [[75, null, 50], [46.8, null, 9.5], [91.1, null, 90.5], [12, 0, 2]]);
});

test('retention columns: a period without loaded ARR is a gap, not 0 %', () => {
    const columns = plain(shape.retentionColumns([
        {endMonth: '2026-10', noData: false, grossRevenueRetention: 92.5, netRevenueRetention: 104, logoRetention: 95},
        {endMonth: '2026-11', noData: true}
    ]));
    assert.deepEqual(columns, [[Date.UTC(2026, 9, 1) / 1000, Date.UTC(2026, 10, 1) / 1000], [92.5, null], [104, null], [95, null]]);
});

test('ninety health days end with today in UTC, the daily job\'s day', () => {
    assert.deepEqual(plain(shape.dayRange(90, Date.UTC(2026, 11, 3, 23, 30))), {from: '2026-09-05', to: '2026-12-03'});
    assert.deepEqual(plain(shape.dayRange(1, Date.UTC(2026, 11, 4, 0, 5))), {from: '2026-12-04', to: '2026-12-04'});
});

test('health columns: a day nobody was counted on is a gap, a day with counts keeps its zeros', () => {
    const columns = plain(shape.healthColumns([
        {day: '2026-11-30', red: 1, amber: 0, green: 4},
        {day: '2026-12-01', red: 0, amber: 0, green: 0},
        {day: '2026-12-02', red: 2, amber: 1, green: 2, arrAtRisk: [{minorUnits: 100, currency: 'EUR'}]}
    ]));
    assert.deepEqual(columns[0], [Date.UTC(2026, 10, 30) / 1000, Date.UTC(2026, 11, 1) / 1000, Date.UTC(2026, 11, 2) / 1000]);
    assert.deepEqual(columns.slice(1), [[1, null, 2], [0, null, 1], [4, null, 2]]);
});

test('table rows sort by one column either way, rows without a value last, ties in their given order', () => {
    const rows = [{k: 'A', score: 40}, {k: 'B'}, {k: 'C', score: 12.5}, {k: 'D', score: 40}, {k: 'E', score: null}];
    const byScore = (row) => row.score;
    assert.deepEqual(shape.sortRows(rows, byScore, true).map((r) => r.k), ['C', 'A', 'D', 'B', 'E']);
    assert.deepEqual(shape.sortRows(rows, byScore, false).map((r) => r.k), ['A', 'D', 'C', 'B', 'E']);
    assert.deepEqual(shape.sortRows(rows, (row) => row.k, false).map((r) => r.k), ['E', 'D', 'C', 'B', 'A']);
    assert.deepEqual(rows.map((r) => r.k), ['A', 'B', 'C', 'D', 'E'], 'the input is left as it was');
});

test('cohort shading rises evenly to 120 % and leaves a missing cell unshaded', () => {
    assert.equal(shape.cohortShade(0), 0);
    assert.equal(shape.cohortShade(60), 0.3);
    assert.equal(shape.cohortShade(120), 0.6);
    assert.equal(shape.cohortShade(180), 0.6);
    assert.equal(shape.cohortShade(-5), 0);
    assert.equal(shape.cohortShade(null), 0);
    assert.equal(shape.cohortWidth([{cells: [{periodsSinceStart: 0}, {periodsSinceStart: 2}]}, {cells: []}]), 3);
    assert.equal(shape.cohortWidth([]), 0);
});

test('twelve cohort months are the twelve that have ended', () => {
    assert.deepEqual(plain(shape.endedMonthRange(12, NOW)), {from: '2025-12', to: '2026-11'});
    assert.deepEqual(plain(shape.endedMonthRange(1, new Date(2026, 0, 15))), {from: '2025-12', to: '2025-12'});
});
