package io.successdesk.app.cta;

import io.successdesk.domain.cta.CtaRuleSet;

/** Port: the CTA rule parameters in use; {@link CtaRuleSet#DEFAULTS} until an admin saves others. */
public interface CtaRulesStore {

    CtaRuleSet current();
}
