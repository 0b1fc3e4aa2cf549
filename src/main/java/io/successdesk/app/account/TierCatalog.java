package io.successdesk.app.account;

import io.successdesk.domain.account.Tier;

import java.util.List;

/** Port: the admin-defined list of tiers (docs/product.md §1), {@link Tier#DEFAULTS} until an admin changes it. */
public interface TierCatalog {

    /** The tiers accounts may have, in the admin's order; never empty. */
    List<Tier> tiers();

    /** A catalog that always offers the default tiers. */
    static TierCatalog defaults() {
        return () -> Tier.DEFAULTS;
    }
}
