import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadWithTexts} from './amd.mjs';

const texts = loadWithTexts('successdesk/texts', {globals: {document: {documentElement: {lang: 'en-US'}}}});

test('bands, match rules and measures read as words, never as codes', () => {
    assert.equal(texts.band('amber'), 'Amber');
    assert.equal(texts.matchedBy('email-domain'), 'Reporter e-mail domain');
    assert.equal(texts.measure('DAYS_TO_RENEWAL'), 'Renewal approaching');
    assert.equal(texts.measure('CUSTOM:usage'), 'usage');
});

test('a renewal CTA is worded from its facts with the day in the viewer locale', () => {
    const sentence = texts.cta({reason: 'renewal-30', facts: {renewalDate: '2027-02-15'}});
    assert.match(sentence, /^Renewal on Feb 15, 2027 \((in \d+ days|\d+ days ago|tomorrow|yesterday|today)\)\.$/);
});

test('a score drop CTA shows the points lost between the two days', () => {
    const sentence = texts.cta({reason: 'score-drop',
        facts: {peakScore: 82, peakDay: '2026-11-01', score: 61.5, day: '2026-11-20'}});
    assert.equal(sentence, 'Health dropped 20.5 points, from 82 on Nov 1, 2026 to 61.5 on Nov 20, 2026.');
});

test('low CSAT has a singular and a plural sentence', () => {
    assert.equal(texts.cta({reason: 'low-csat', facts: {count: 1, maxRating: 2, since: '2026-11-01', issueKeys: ['SUP-9']}}),
        '1 CSAT answer rated 2 or less since Nov 1, 2026, on SUP-9.');
    assert.equal(texts.cta({reason: 'low-csat', facts: {count: 3, maxRating: 2, since: '2026-11-01', issueKeys: ['SUP-1', 'SUP-2']}}),
        '3 CSAT answers rated 2 or less since Nov 1, 2026, on SUP-1, SUP-2.');
});

test('an unknown CTA reason still reads as a sentence', () => {
    assert.equal(texts.cta({reason: 'new-rule', facts: {}}), 'Call to action: new-rule');
});

test('CSAT states: a value with its n, too few answers, none', () => {
    assert.equal(texts.csat({status: 'ok', n: 14, satisfiedPercent: 85.7}), '86% satisfied (n = 14)');
    assert.equal(texts.csat({status: 'insufficient-data', n: 3}), 'Insufficient data (n = 3)');
    assert.equal(texts.csat({status: 'no-data', n: 0}), 'No responses');
});

test('timeline entries are worded from their details; tickets and touchpoints keep their title', () => {
    assert.equal(texts.timeline({kind: 'csat', title: 'x', details: {rating: '2', comment: 'Slow'}}), 'Rated 2 of 5: \u201cSlow\u201d');
    assert.equal(texts.timeline({kind: 'csat', title: 'x', details: {rating: '5'}}), 'Rated 5 of 5');
    assert.equal(texts.timeline({kind: 'cta', title: 'x', details: {reason: 'entered-red', status: 'open'}}),
        'Opened: Health turns red');
    assert.equal(texts.timeline({kind: 'cta', title: 'x', details: {reason: 'entered-red', action: 'cta.snooze'}}),
        'Snoozed: Health turns red');
    assert.equal(texts.timeline({kind: 'cta', title: 'x', details: {reason: 'low-csat', action: 'cta.close.issue-resolved'}}),
        'Closed with its Jira issue: A low CSAT rating arrives');
    assert.equal(texts.timeline({kind: 'plan-change', title: 'x', details: {action: 'plan.task.complete', plan: 'Rescue'}}),
        'A task of \u201cRescue\u201d was completed');
    assert.equal(texts.timeline({kind: 'health-change', title: 'x', details: {from: 'green', to: 'red', score: '31'}}),
        'Health moved from Green to Red (score 31)');
    assert.equal(texts.timeline({kind: 'health-change', title: 'x', details: {action: 'health.input'}}),
        'A custom measure value was entered');
    assert.equal(texts.timeline({kind: 'touchpoint', title: 'Call: kick-off', details: {}}), 'Call: kick-off');
});
