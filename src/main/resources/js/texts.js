/*
 * SuccessDesk texts: the sentences the screens show for codes the server sends (bands, measures, match rules, CTA
 * reasons with their facts, ambiguity reasons, CSAT states). Every text is an i18n key read with a literal key, as
 * Jira's jsI18n transformer needs; numbers and days are formatted here at view time, never stored as text.
 */
define('successdesk/texts', ['successdesk/format'], function (format) {
    'use strict';

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

    /** A measure's observed value in its unit (docs/product.md §4 lists them). */
    function measureValueText(measure, value) {
        switch (measure) {
            case 'TICKET_VOLUME_TREND':
                return AJS.I18n.getText('successdesk.measure.value.ratio', format.number(value, 2));
            case 'MEDIAN_TIME_TO_RESOLUTION':
            case 'MEDIAN_FIRST_RESPONSE':
                return AJS.I18n.getText('successdesk.measure.value.hours', format.number(value, 1));
            case 'REOPEN_RATE':
            case 'CSAT_SATISFIED':
                return format.percent(value);
            case 'ARR_CHANGE_90D':
                return (value > 0 ? '+' : '') + format.percent(value);
            case 'OLDEST_OPEN_AGE':
            case 'DAYS_SINCE_TOUCHPOINT':
            case 'DAYS_TO_RENEWAL':
                return AJS.I18n.getText('successdesk.measure.value.days', format.number(value, 0));
            case 'NPS':
                return format.signed(value);
            case 'CSM_SENTIMENT':
                return AJS.I18n.getText('successdesk.measure.value.of-five', format.number(value, 0));
            default:
                return format.number(value, 2);
        }
    }

    function wasText(facts) {
        return facts.previousBand ? AJS.I18n.getText('successdesk.cta.was', bandText(facts.previousBand)) : '';
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
                return AJS.I18n.getText('successdesk.cta.entered-red', format.date(f.day), '', wasText(f));
            case 'green-expansion':
                return AJS.I18n.getText('successdesk.cta.green-expansion', format.date(f.day), '', wasText(f));
            case 'score-drop':
                return AJS.I18n.getText('successdesk.cta.score-drop', format.number(f.peakScore - f.score, 1),
                    format.number(f.peakScore, 1), format.date(f.peakDay), format.number(f.score, 1), format.date(f.day));
            case 'low-csat':
                return f.count === 1
                    ? AJS.I18n.getText('successdesk.cta.low-csat.one', f.count, f.maxRating, format.date(f.since), f.issueKeys.join(', '))
                    : AJS.I18n.getText('successdesk.cta.low-csat.many', format.number(f.count, 0), f.maxRating, format.date(f.since),
                        f.issueKeys.join(', '));
            case 'renewal-at-risk':
                return AJS.I18n.getText('successdesk.cta.renewal-at-risk', format.date(f.renewalDate), format.relativeDays(f.renewalDate));
            case 'renewal-90':
            case 'renewal-60':
            case 'renewal-30':
                return AJS.I18n.getText('successdesk.cta.renewal', format.date(f.renewalDate), format.relativeDays(f.renewalDate));
            case 'promoter':
                return f.count === 1
                    ? AJS.I18n.getText('successdesk.cta.promoter.one', f.count, format.date(f.since))
                    : AJS.I18n.getText('successdesk.cta.promoter.many', format.number(f.count, 0), format.date(f.since));
            case 'usage-growth':
                return AJS.I18n.getText('successdesk.cta.usage-growth', format.percent(f.growthPercent), format.percent(f.thresholdPercent));
            case 'onboarding-overdue':
                return AJS.I18n.getText('successdesk.cta.onboarding-overdue');
            case 'no-touchpoint':
                return f.lastTouchpoint
                    ? AJS.I18n.getText('successdesk.cta.no-touchpoint', format.date(f.lastTouchpoint), format.relativeDays(f.lastTouchpoint),
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

    function stageText(stage) {
        switch (stage) {
            case 'onboarding': return AJS.I18n.getText('successdesk.stage.onboarding');
            case 'adoption': return AJS.I18n.getText('successdesk.stage.adoption');
            case 'expansion': return AJS.I18n.getText('successdesk.stage.expansion');
            case 'renewal': return AJS.I18n.getText('successdesk.stage.renewal');
            default: return AJS.I18n.getText('successdesk.stage.churned');
        }
    }

    /** A measure that is not weighted in: revenue (scored, never counted), no data in its window, or a stale input. */
    function measureStatusText(status) {
        switch (status) {
            case 'not-counted': return AJS.I18n.getText('successdesk.measure.not-counted');
            case 'stale': return AJS.I18n.getText('successdesk.measure.stale');
            default: return AJS.I18n.getText('successdesk.measure.no-data');
        }
    }

    function planStatusText(status) {
        switch (status) {
            case 'draft': return AJS.I18n.getText('successdesk.plan.draft');
            case 'active': return AJS.I18n.getText('successdesk.plan.active');
            case 'completed': return AJS.I18n.getText('successdesk.plan.completed');
            default: return AJS.I18n.getText('successdesk.plan.cancelled');
        }
    }

    function objectiveStatusText(status) {
        switch (status) {
            case 'not-started': return AJS.I18n.getText('successdesk.objective.not-started');
            case 'in-progress': return AJS.I18n.getText('successdesk.objective.in-progress');
            case 'achieved': return AJS.I18n.getText('successdesk.objective.achieved');
            default: return AJS.I18n.getText('successdesk.objective.missed');
        }
    }

    function touchpointTypeText(type) {
        switch (type) {
            case 'call': return AJS.I18n.getText('successdesk.touchpoint.type.call');
            case 'meeting': return AJS.I18n.getText('successdesk.touchpoint.type.meeting');
            case 'email': return AJS.I18n.getText('successdesk.touchpoint.type.email');
            case 'qbr': return AJS.I18n.getText('successdesk.touchpoint.type.qbr');
            default: return AJS.I18n.getText('successdesk.touchpoint.type.note');
        }
    }

    /** The CTA rule a reason names, as the admin page names it. */
    function ctaRuleText(reason) {
        switch (reason) {
            case 'entered-red': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.entered-red');
            case 'score-drop': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.score-drop');
            case 'low-csat': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.low-csat');
            case 'renewal-at-risk': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.renewal-at-risk');
            case 'green-expansion': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.green-expansion');
            case 'promoter': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.promoter');
            case 'usage-growth': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.usage-growth');
            case 'renewal-90': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.renewal-90');
            case 'renewal-60': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.renewal-60');
            case 'renewal-30': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.renewal-30');
            case 'onboarding-overdue': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.onboarding-overdue');
            case 'no-touchpoint': return AJS.I18n.getText('successdesk.admin.cta-rules.rule.no-touchpoint');
            default: return reason;
        }
    }

    function planChangeText(details) {
        switch (details.action) {
            case 'plan.create':
            case 'plan.create-from-playbook': return AJS.I18n.getText('successdesk.timeline.plan.created', details.plan);
            case 'plan.edit': return AJS.I18n.getText('successdesk.timeline.plan.edited', details.plan);
            case 'plan.transition': return AJS.I18n.getText('successdesk.timeline.plan.moved', details.plan);
            case 'plan.objective.add': return AJS.I18n.getText('successdesk.timeline.plan.objective-added', details.plan);
            case 'plan.objective.transition': return AJS.I18n.getText('successdesk.timeline.plan.objective-moved', details.plan);
            case 'plan.task.add': return AJS.I18n.getText('successdesk.timeline.plan.task-added', details.plan);
            case 'plan.task.complete': return AJS.I18n.getText('successdesk.timeline.plan.task-completed', details.plan);
            case 'plan.task.reopen': return AJS.I18n.getText('successdesk.timeline.plan.task-reopened', details.plan);
            default: return AJS.I18n.getText('successdesk.timeline.plan.changed', details.plan);
        }
    }

    function ctaStepText(details) {
        var rule = ctaRuleText(details.reason);
        switch (details.action) {
            case undefined: return AJS.I18n.getText('successdesk.timeline.cta.opened', rule);
            case 'cta.snooze': return AJS.I18n.getText('successdesk.timeline.cta.snoozed', rule);
            case 'cta.wake': return AJS.I18n.getText('successdesk.timeline.cta.woken', rule);
            case 'cta.reopen': return AJS.I18n.getText('successdesk.timeline.cta.reopened', rule);
            case 'cta.close.condition-ended': return AJS.I18n.getText('successdesk.timeline.cta.ended', rule);
            case 'cta.close.issue-resolved': return AJS.I18n.getText('successdesk.timeline.cta.resolved', rule);
            default: return AJS.I18n.getText('successdesk.timeline.cta.closed', rule);
        }
    }

    function healthChangeText(details) {
        if (details.to) {
            return details.score === undefined
                ? AJS.I18n.getText('successdesk.timeline.health.band', bandText(details.from), bandText(details.to))
                : AJS.I18n.getText('successdesk.timeline.health.band-scored', bandText(details.from), bandText(details.to),
                    format.number(Number(details.score), 0));
        }
        switch (details.action) {
            case 'health.override.set': return AJS.I18n.getText('successdesk.timeline.health.override-set');
            case 'health.override.clear': return AJS.I18n.getText('successdesk.timeline.health.override-cleared');
            case 'health.input': return AJS.I18n.getText('successdesk.timeline.health.input');
            default: return AJS.I18n.getText('successdesk.timeline.health.manual');
        }
    }

    /** What a timeline entry says: from its details for the kinds the server words by code, else its title. */
    function timelineText(entry) {
        var details = entry.details || {};
        switch (entry.kind) {
            case 'csat':
                return details.comment
                    ? AJS.I18n.getText('successdesk.timeline.csat.rated-comment', details.rating, details.comment)
                    : AJS.I18n.getText('successdesk.timeline.csat.rated', details.rating);
            case 'cta': return ctaStepText(details);
            case 'plan-change': return planChangeText(details);
            case 'health-change': return healthChangeText(details);
            default: return entry.title;
        }
    }

    function sentimentText(sentiment) {
        switch (sentiment) {
            case 'positive': return AJS.I18n.getText('successdesk.touchpoint.sentiment.positive');
            case 'negative': return AJS.I18n.getText('successdesk.touchpoint.sentiment.negative');
            default: return AJS.I18n.getText('successdesk.touchpoint.sentiment.neutral');
        }
    }

    return {
        stage: stageText,
        measureStatus: measureStatusText,
        measureValue: measureValueText,
        planStatus: planStatusText,
        objectiveStatus: objectiveStatusText,
        touchpointType: touchpointTypeText,
        sentiment: sentimentText,
        band: bandText,
        matchedBy: matchedByText,
        measure: measureText,
        cta: ctaText,
        ambiguous: ambiguousText,
        csat: csatText,
        timeline: timelineText
    };
});
