package io.successdesk.domain.account;

/** Where an account is in its customer lifecycle (PRODUCT §1). */
public enum LifecycleStage {
    ONBOARDING, ADOPTION, EXPANSION, RENEWAL, CHURNED
}
