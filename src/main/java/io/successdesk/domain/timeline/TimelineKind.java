package io.successdesk.domain.timeline;

/**
 * What a timeline entry records. The declaration order is part of the timeline order: among entries at
 * the same instant, an earlier kind comes first.
 */
public enum TimelineKind {
    TICKET, CSAT, HEALTH_CHANGE, CTA, PLAN_CHANGE, TOUCHPOINT
}
