import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadModule} from './amd.mjs';

const format = loadModule('successdesk/format');
/** Intl separates with no-break spaces; the tests compare the visible text. */
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

test('money uses the currency minor unit: EUR has cents, JPY has none, KWD has three digits', () => {
    assert.equal(plain(format.money({minorUnits: 123456, currency: 'EUR'}, 'en-US')), '€1,234.56');
    assert.equal(plain(format.money({minorUnits: 123456, currency: 'JPY'}, 'en-US')), '¥123,456');
    assert.equal(plain(format.money({minorUnits: 1234567, currency: 'KWD'}, 'en-US')), 'KWD 1,234.567');
});

test('money follows the viewer locale, not the currency', () => {
    assert.equal(plain(format.money({minorUnits: 123456, currency: 'EUR'}, 'de-DE')), '1.234,56 €');
    assert.equal(plain(format.money({minorUnits: 50000000, currency: 'JPY'}, 'ja-JP')), '￥50,000,000');
});

test('money drops zero cents but shows real ones in full', () => {
    assert.equal(plain(format.money({minorUnits: 120000, currency: 'USD'}, 'en-US')), '$1,200');
    assert.equal(plain(format.money({minorUnits: 120050, currency: 'USD'}, 'en-US')), '$1,200.50');
});

test('a calendar day is shown as that day in every time zone', () => {
    assert.equal(format.date('2026-03-01', 'en-GB'), '1 Mar 2026');
    assert.equal(format.date('2026-12-31', 'en-US'), 'Dec 31, 2026');
});

test('relative days count whole days from the viewer own today', () => {
    const now = new Date(2026, 11, 2, 23, 30);
    assert.equal(format.daysFromToday('2026-12-03', now), 1);
    assert.equal(format.relativeDays('2026-12-03', 'en', now), 'tomorrow');
    assert.equal(format.relativeDays('2027-02-15', 'en', now), 'in 75 days');
    assert.equal(format.relativeDays('2026-11-29', 'en', now), '3 days ago');
});

test('percent takes 0..100 as the API sends it', () => {
    assert.equal(plain(format.percent(87.5, 1, 'en-US')), '87.5%');
    assert.equal(plain(format.percent(100, 1, 'de-DE')), '100 %');
});

test('signed deltas show their sign, zero has none', () => {
    assert.equal(format.signed(3, 'en'), '+3');
    assert.equal(format.signed(-2, 'en'), '-2');
    assert.equal(format.signed(0, 'en'), '0');
});

test('a malformed day is refused, not shown as Invalid Date', () => {
    assert.throws(() => format.date('02/12/2026', 'en'), RangeError);
});

test('a score shows the same whole number whether stored to a tenth or computed with float error', () => {
    assert.equal(format.score(77.5, 'en-US'), '78');
    assert.equal(format.score(77.49999999999999, 'en-US'), '78');
    assert.equal(format.score(77.44, 'en-US'), '77');
    assert.equal(format.score(0, 'en-US'), '0');
});

test('a time left is whole minutes (at least one) below an hour, hours to a tenth above', () => {
    assert.equal(plain(format.duration(5, 'en-GB')), '1 minute');
    assert.equal(plain(format.duration(61, 'en-GB')), '2 minutes');
    assert.equal(plain(format.duration(3540, 'en-GB')), '59 minutes');
    assert.equal(plain(format.duration(3599, 'en-GB')), '1 hour', 'the 60th minute reads as an hour');
    assert.equal(plain(format.duration(5400, 'en-GB')), '1.5 hours');
    assert.equal(plain(format.duration(7200, 'de-DE')), '2 Stunden');
});
