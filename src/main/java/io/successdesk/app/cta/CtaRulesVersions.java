package io.successdesk.app.cta;

import io.successdesk.domain.cta.CtaRuleSet;

/** Port: the saved CTA rule sets as versions, for an admin changing them without overwriting another's change. */
public interface CtaRulesVersions {

    /** The version of the rules in use: 0 for the defaults, a larger number for each set saved since. */
    long currentVersion();

    /**
     * Makes {@code rules} current in place of the set at {@code expectedVersion}.
     *
     * @throws io.successdesk.app.ConflictException naming {@code version} when another set was saved since
     */
    void replace(CtaRuleSet rules, long expectedVersion);
}
