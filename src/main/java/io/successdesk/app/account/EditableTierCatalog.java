package io.successdesk.app.account;

import io.successdesk.domain.account.Tier;

import java.util.List;

/** Port: the admin-defined tier list, which the admin can replace ({@link TierService}). */
public interface EditableTierCatalog extends TierCatalog {

    /** More tiers than any admin defines; the bound keeps every read a limited query. */
    int MAX_TIERS = 100;

    /** Replaces the whole list, in this order, all-or-nothing; joins the caller's transaction. */
    void replace(List<Tier> tiers);
}
