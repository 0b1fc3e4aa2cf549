package io.successdesk.domain.account;

/** Where an account is in its customer lifecycle (docs/product.md §1). */
public enum LifecycleStage {
    ONBOARDING, ADOPTION, EXPANSION, RENEWAL, CHURNED
}
