package io.successdesk.app.account;

import io.successdesk.domain.account.Tier;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A filter and order for the accounts list (docs/product.md §9). Empty filters match every account.
 *
 * @param band           accounts whose latest health snapshot is in this band
 * @param tier           accounts of this tier
 * @param csmUserKey     accounts owned by this CSM
 * @param renewalBefore  accounts renewing strictly before this day (accounts without a renewal date never match)
 * @param text           accounts whose key starts with this text or whose name contains it, ignoring case
 * @param openCtasOnly   only accounts with at least one open call to action (snoozed ones do not count until they
 *                       wake), as their latest refresh counted them
 * @param afterKey       accounts whose key sorts after this one (keyset paging in key order: no OFFSET to skip)
 * @param sortBy         the order
 * @param direction      ascending or descending
 */
public record AccountQuery(Optional<HealthBand> band, Optional<Tier> tier, Optional<String> csmUserKey,
                           Optional<LocalDate> renewalBefore, Optional<String> text, boolean openCtasOnly,
                           Optional<AccountKey> afterKey, AccountSort sortBy, AccountSort.Direction direction) {

    public AccountQuery {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(csmUserKey, "csmUserKey");
        Objects.requireNonNull(renewalBefore, "renewalBefore");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(afterKey, "afterKey");
        if (afterKey.isPresent() && (sortBy != AccountSort.KEY || direction != AccountSort.Direction.ASCENDING)) {
            throw new IllegalArgumentException("keyset paging runs in ascending key order, not " + sortBy + " " + direction);
        }
        Objects.requireNonNull(sortBy, "sortBy");
        Objects.requireNonNull(direction, "direction");
    }

    /** Every account, by key. */
    public static AccountQuery all() {
        return new AccountQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), AccountSort.KEY, AccountSort.Direction.ASCENDING);
    }

    public AccountQuery inBand(HealthBand value) {
        return new AccountQuery(Optional.of(value), tier, csmUserKey, renewalBefore, text, openCtasOnly, afterKey, sortBy, direction);
    }

    public AccountQuery ofTier(Tier value) {
        return new AccountQuery(band, Optional.of(value), csmUserKey, renewalBefore, text, openCtasOnly, afterKey, sortBy, direction);
    }

    public AccountQuery ownedBy(String csm) {
        return new AccountQuery(band, tier, Optional.of(csm), renewalBefore, text, openCtasOnly, afterKey, sortBy, direction);
    }

    public AccountQuery renewingBefore(LocalDate day) {
        return new AccountQuery(band, tier, csmUserKey, Optional.of(day), text, openCtasOnly, afterKey, sortBy, direction);
    }

    public AccountQuery withOpenCtas() {
        return new AccountQuery(band, tier, csmUserKey, renewalBefore, text, true, afterKey, sortBy, direction);
    }

    /** Key prefix or name part; blank or {@code %} alone matches every account. */
    public AccountQuery matching(String value) {
        String stripped = value.replace("%", "").strip();
        return new AccountQuery(band, tier, csmUserKey, renewalBefore,
                stripped.isEmpty() ? Optional.empty() : Optional.of(stripped), openCtasOnly, afterKey, sortBy, direction);
    }

    /** Only accounts after {@code key} in key order (the query must be in ascending key order). */
    public AccountQuery after(AccountKey key) {
        return new AccountQuery(band, tier, csmUserKey, renewalBefore, text, openCtasOnly, Optional.of(key), sortBy, direction);
    }

    public AccountQuery sortedBy(AccountSort field, AccountSort.Direction order) {
        return new AccountQuery(band, tier, csmUserKey, renewalBefore, text, openCtasOnly, afterKey, field, order);
    }
}
