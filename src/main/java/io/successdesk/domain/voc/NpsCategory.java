package io.successdesk.domain.voc;

/** How an NPS answer counts: promoters minus detractors, passives only in the denominator. */
public enum NpsCategory {
    DETRACTOR, PASSIVE, PROMOTER
}
