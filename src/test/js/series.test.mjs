import {test} from 'node:test';
import assert from 'node:assert/strict';
import {i18n, loadModule} from './amd.mjs';

const series = loadModule('successdesk/series', {globals: {AJS: i18n({
    'successdesk.chart.no-data': 'No data',
    'successdesk.chart.sparkline.describe': '{0} on {1}, {2} on {3}, lowest {4} on {5}'
})}});
const DAY = 86400;
/** The module runs in its own realm: compare plain copies of its arrays. */
const plain = (value) => JSON.parse(JSON.stringify(value));

test('daily scores get one slot per calendar day, a missing day is a gap and never a zero', () => {
    const [xs, ys] = plain(series.dailyScores([
        {day: '2026-03-03', score: 70},
        {day: '2026-03-01', score: 50},
        {day: '2026-03-04', score: null}
    ]));
    assert.equal(xs.length, 4);
    assert.deepEqual(xs.map((x) => x - xs[0]), [0, DAY, 2 * DAY, 3 * DAY]);
    assert.equal(xs[0], Date.UTC(2026, 2, 1) / 1000);
    assert.deepEqual(ys, [50, null, 70, null]);
});

test('no points draw nothing', () => {
    assert.deepEqual(plain(series.dailyScores([])), [[], []]);
    assert.deepEqual(plain(series.dailyScores(undefined)), [[], []]);
});

test('a month boundary and a DST change still give 24-hour steps', () => {
    const [xs] = series.dailyScores([{day: '2026-03-28', score: 1}, {day: '2026-04-02', score: 2}]);
    assert.equal(xs.length, 6);
    xs.slice(1).forEach((x, i) => assert.equal(x - xs[i], DAY));
});

test('the text alternative names first, last and lowest scored days, skipping unscored ones', () => {
    const text = series.describe([
        {day: '2026-03-02', score: 40},
        {day: '2026-03-01', score: 60},
        {day: '2026-03-04', score: null},
        {day: '2026-03-03', score: 55}
    ]);
    assert.match(text, /^60 on .*1.*, 55 on .*3.*, lowest 40 on .*2.*$/);
    assert.equal(series.describe([{day: '2026-03-01', score: null}]), 'No data');
});

test('ARR columns chart the latest currency in major units and leave other currencies out as gaps', () => {
    const shaped = series.arrColumns([
        {month: '2026-01', arr: {minorUnits: 1200000, currency: 'EUR'}},
        {month: '2026-02', arr: {minorUnits: 50000, currency: 'JPY'}},
        {month: '2026-03', arr: {minorUnits: 1500050, currency: 'EUR'}}
    ]);
    assert.equal(shaped.currency, 'EUR');
    assert.deepEqual(plain(shaped.columns), [[Date.UTC(2026, 0, 1) / 1000, Date.UTC(2026, 1, 1) / 1000,
        Date.UTC(2026, 2, 1) / 1000], [12000, null, 15000.5]]);
    assert.deepEqual(plain(series.arrColumns([{month: '2026-01', arr: {minorUnits: 50000, currency: 'JPY'}}]).columns[1]),
        [50000], 'JPY has no minor unit');
    assert.equal(series.arrColumns([]).currency, null);
});
