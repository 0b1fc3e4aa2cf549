package io.successdesk.domain.plan;

/** What a success plan is for. ONBOARDING plans feed the "onboarding plan overdue" call to action. */
public enum PlanType {
    ONBOARDING, ADOPTION, RENEWAL, RISK_RECOVERY, EXPANSION, CUSTOM
}
