package io.successdesk.domain.account;

import java.util.List;
import java.util.Objects;

/**
 * A customer tier from the admin-defined list (docs/product.md §1). Names are trimmed, 1–40 characters, and compared
 * exactly; the defaults are Enterprise, Mid-Market and SMB.
 */
public record Tier(String name) {

    public static final int MAX_LENGTH = 40;
    public static final Tier ENTERPRISE = new Tier("Enterprise");
    public static final Tier MID_MARKET = new Tier("Mid-Market");
    public static final Tier SMB = new Tier("SMB");
    /** The tiers offered until an admin defines others, largest customers first. */
    public static final List<Tier> DEFAULTS = List.of(ENTERPRISE, MID_MARKET, SMB);

    public Tier {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("tier name must be 1–" + MAX_LENGTH + " characters, got '" + name + "'");
        }
    }

    public static Tier of(String name) {
        return new Tier(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
