package io.successdesk.domain.cta;

import java.util.Locale;

/**
 * One typed fact a CTA rule records about why it fired. {@link #member()} is the stable name under which the fact is
 * stored and sent (never rename one: stored rows and clients read it).
 */
public enum CtaFact {
    /** The day (UTC) of the evaluation that saw the health change; a {@code LocalDate}. */
    DAY(Kind.DATE),
    /** The health score the rule saw; a {@code HealthScore}. */
    SCORE(Kind.SCORE),
    /** The health band the rule saw; a {@code HealthBand}. */
    BAND(Kind.BAND),
    /** The band before the change; a {@code HealthBand}. */
    PREVIOUS_BAND(Kind.BAND),
    /** The highest score within the drop rule's window; a {@code HealthScore}. */
    PEAK_SCORE(Kind.SCORE),
    /** The day of {@link #PEAK_SCORE}; a {@code LocalDate}. */
    PEAK_DAY(Kind.DATE),
    /** The contract's renewal date; a {@code LocalDate} (days to it are computed by whoever shows it, from their today). */
    RENEWAL_DATE(Kind.DATE),
    /** How many answers the rule counted, ≥ 1; an {@code Integer}. */
    COUNT(Kind.COUNT),
    /** The highest CSAT rating that counts as low, 1–3; an {@code Integer}. */
    MAX_RATING(Kind.COUNT),
    /** The first day of the window the rule counted answers in; a {@code LocalDate}. */
    SINCE(Kind.DATE),
    /** Usage growth in percent (25.0 = 25 %); a {@code Double}. */
    GROWTH_PERCENT(Kind.PERCENT),
    /** The usage-growth threshold in percent; a {@code Double}. */
    THRESHOLD_PERCENT(Kind.PERCENT),
    /** The day of the last touchpoint; absent when there never was one; a {@code LocalDate}. */
    LAST_TOUCHPOINT(Kind.DATE),
    /** The no-touchpoint rule's limit in days, ≥ 1; an {@code Integer}. */
    LIMIT_DAYS(Kind.COUNT),
    /** The issues behind the CTA, in order; a non-empty {@code List<String>}. */
    ISSUE_KEYS(Kind.KEYS),
    /** The English sentence a CTA created before facts existed was stored with; a {@code String}. */
    LEGACY_TEXT(Kind.TEXT);

    /** The Java type of a fact's value. */
    public enum Kind {
        /** {@code java.time.LocalDate}. */
        DATE,
        /** {@code io.successdesk.domain.health.HealthScore}. */
        SCORE,
        /** {@code io.successdesk.domain.health.HealthBand}. */
        BAND,
        /** {@code Integer}. */
        COUNT,
        /** {@code Double}, finite. */
        PERCENT,
        /** {@code List<String>} of non-blank strings. */
        KEYS,
        /** {@code String}, non-blank. */
        TEXT
    }

    private final Kind kind;
    private final String member;

    CtaFact(Kind kind) {
        this.kind = kind;
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        this.member = camel.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** The stable camel-case name, e.g. {@code renewalDate}. */
    public String member() {
        return member;
    }
}
