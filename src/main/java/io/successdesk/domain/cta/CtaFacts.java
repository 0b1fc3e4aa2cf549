package io.successdesk.domain.cta;

import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Why a CTA exists, as structured facts rather than a sentence: the reason (the rule that fired) and the typed facts
 * that rule saw. Whoever shows a CTA renders them in the reader's language, at the time of reading; nothing here
 * depends on the day it is read (a renewal is recorded as its date, never as "in N days").
 *
 * <p>Each reason records exactly the facts of {@link #required(CtaReason)} and possibly some of
 * {@link #optional(CtaReason)}. A CTA stored before facts existed carries only {@link CtaFact#LEGACY_TEXT}, its old
 * English sentence ({@link #legacy}).
 *
 * @param reason the rule that fired
 * @param values the facts, each value of its fact's {@link CtaFact.Kind}
 */
public record CtaFacts(CtaReason reason, Map<CtaFact, Object> values) {

    private static final Map<CtaReason, Set<CtaFact>> REQUIRED = new EnumMap<>(CtaReason.class);
    private static final Map<CtaReason, Set<CtaFact>> OPTIONAL = new EnumMap<>(CtaReason.class);

    static {
        rule(CtaReason.ENTERED_RED, EnumSet.of(CtaFact.DAY), EnumSet.of(CtaFact.SCORE, CtaFact.PREVIOUS_BAND));
        rule(CtaReason.SCORE_DROP, EnumSet.of(CtaFact.DAY, CtaFact.SCORE, CtaFact.PEAK_SCORE, CtaFact.PEAK_DAY),
                EnumSet.noneOf(CtaFact.class));
        rule(CtaReason.LOW_CSAT, EnumSet.of(CtaFact.COUNT, CtaFact.MAX_RATING, CtaFact.SINCE, CtaFact.ISSUE_KEYS),
                EnumSet.noneOf(CtaFact.class));
        rule(CtaReason.RENEWAL_AT_RISK, EnumSet.of(CtaFact.RENEWAL_DATE), EnumSet.of(CtaFact.BAND));
        rule(CtaReason.GREEN_EXPANSION, EnumSet.of(CtaFact.DAY), EnumSet.of(CtaFact.SCORE, CtaFact.PREVIOUS_BAND));
        rule(CtaReason.PROMOTER, EnumSet.of(CtaFact.COUNT, CtaFact.SINCE), EnumSet.noneOf(CtaFact.class));
        rule(CtaReason.USAGE_GROWTH, EnumSet.of(CtaFact.GROWTH_PERCENT, CtaFact.THRESHOLD_PERCENT),
                EnumSet.noneOf(CtaFact.class));
        for (CtaReason renewal : List.of(CtaReason.RENEWAL_90, CtaReason.RENEWAL_60, CtaReason.RENEWAL_30)) {
            rule(renewal, EnumSet.of(CtaFact.RENEWAL_DATE), EnumSet.noneOf(CtaFact.class));
        }
        rule(CtaReason.ONBOARDING_OVERDUE, EnumSet.noneOf(CtaFact.class), EnumSet.noneOf(CtaFact.class));
        rule(CtaReason.NO_TOUCHPOINT, EnumSet.of(CtaFact.LIMIT_DAYS), EnumSet.of(CtaFact.LAST_TOUCHPOINT));
    }

    private static void rule(CtaReason reason, Set<CtaFact> required, Set<CtaFact> optional) {
        REQUIRED.put(reason, Collections.unmodifiableSet(required));
        OPTIONAL.put(reason, Collections.unmodifiableSet(optional));
    }

    public CtaFacts {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(values, "values");
        EnumMap<CtaFact, Object> copy = values.isEmpty() ? new EnumMap<>(CtaFact.class) : new EnumMap<>(values);
        copy.forEach((fact, value) -> requireKind(fact, Objects.requireNonNull(value, fact.member())));
        if (copy.containsKey(CtaFact.LEGACY_TEXT)) {
            if (copy.size() != 1) {
                throw new IllegalArgumentException("legacy facts carry only their text, got " + copy.keySet());
            }
        } else {
            if (!copy.keySet().containsAll(required(reason))) {
                throw new IllegalArgumentException(reason + " needs the facts " + required(reason) + ", got " + copy.keySet());
            }
            for (CtaFact fact : copy.keySet()) {
                if (!required(reason).contains(fact) && !optional(reason).contains(fact)) {
                    throw new IllegalArgumentException(reason + " does not record " + fact);
                }
            }
        }
        if (copy.get(CtaFact.ISSUE_KEYS) instanceof List<?> keys) {
            copy.put(CtaFact.ISSUE_KEYS, List.copyOf(keys));
        }
        values = Collections.unmodifiableMap(copy);
    }

    private static void requireKind(CtaFact fact, Object value) {
        boolean ok = switch (fact.kind()) {
            case DATE -> value instanceof LocalDate;
            case SCORE -> value instanceof HealthScore;
            case BAND -> value instanceof HealthBand;
            case COUNT -> value instanceof Integer count && count >= 0;
            case PERCENT -> value instanceof Double percent && Double.isFinite(percent);
            case KEYS -> value instanceof List<?> list && !list.isEmpty()
                    && list.stream().allMatch(key -> key instanceof String text && !text.isBlank());
            case TEXT -> value instanceof String text && !text.isBlank();
        };
        if (!ok) {
            throw new IllegalArgumentException("fact " + fact.member() + " must be a " + fact.kind() + ", got " + value);
        }
    }

    /** The facts {@code reason} always records. */
    public static Set<CtaFact> required(CtaReason reason) {
        return Objects.requireNonNull(REQUIRED.get(reason), () -> "no facts declared for " + reason);
    }

    /** The facts {@code reason} records when known. */
    public static Set<CtaFact> optional(CtaReason reason) {
        return Objects.requireNonNull(OPTIONAL.get(reason), () -> "no facts declared for " + reason);
    }

    /** Health entered red on {@code day}, at {@code score} when known, from {@code previousBand} when known. */
    public static CtaFacts enteredRed(LocalDate day, Optional<HealthScore> score, Optional<HealthBand> previousBand) {
        return bandChange(CtaReason.ENTERED_RED, day, score, previousBand);
    }

    /** Health entered green on {@code day}, at {@code score} when known, from {@code previousBand} when known. */
    public static CtaFacts enteredGreen(LocalDate day, Optional<HealthScore> score, Optional<HealthBand> previousBand) {
        return bandChange(CtaReason.GREEN_EXPANSION, day, score, previousBand);
    }

    private static CtaFacts bandChange(CtaReason reason, LocalDate day, Optional<HealthScore> score,
                                       Optional<HealthBand> previousBand) {
        return withOptional(reason, Map.of(CtaFact.DAY, day), CtaFact.SCORE, score, CtaFact.PREVIOUS_BAND, previousBand);
    }

    /** {@code facts} plus each optional fact whose value is present (pairs of fact, {@code Optional} value). */
    private static CtaFacts withOptional(CtaReason reason, Map<CtaFact, Object> facts, Object... optionalPairs) {
        EnumMap<CtaFact, Object> all = new EnumMap<>(CtaFact.class);
        all.putAll(facts);
        for (int i = 0; i < optionalPairs.length; i += 2) {
            CtaFact fact = (CtaFact) optionalPairs[i];
            ((Optional<?>) optionalPairs[i + 1]).ifPresent(value -> all.put(fact, value));
        }
        return new CtaFacts(reason, all);
    }

    /** Health fell from {@code peak} on {@code peakDay} to {@code score} on {@code day}. */
    public static CtaFacts scoreDrop(HealthScore peak, LocalDate peakDay, HealthScore score, LocalDate day) {
        return new CtaFacts(CtaReason.SCORE_DROP, Map.of(CtaFact.PEAK_SCORE, peak, CtaFact.PEAK_DAY, peakDay,
                CtaFact.SCORE, score, CtaFact.DAY, day));
    }

    /** {@code count} CSAT answers rated {@code maxRating} or less since {@code since}, on {@code issueKeys}. */
    public static CtaFacts lowCsat(int count, int maxRating, LocalDate since, List<String> issueKeys) {
        return new CtaFacts(CtaReason.LOW_CSAT, Map.of(CtaFact.COUNT, count, CtaFact.MAX_RATING, maxRating,
                CtaFact.SINCE, since, CtaFact.ISSUE_KEYS, issueKeys));
    }

    /** Renewal on {@code renewalDate} while health is {@code band} (empty: not scored). */
    public static CtaFacts renewalAtRisk(LocalDate renewalDate, Optional<HealthBand> band) {
        return withOptional(CtaReason.RENEWAL_AT_RISK, Map.of(CtaFact.RENEWAL_DATE, renewalDate), CtaFact.BAND, band);
    }

    /** A renewal reminder ({@code RENEWAL_90}, {@code _60} or {@code _30}) for the renewal on {@code renewalDate}. */
    public static CtaFacts renewalReminder(CtaReason reason, LocalDate renewalDate) {
        return new CtaFacts(reason, Map.of(CtaFact.RENEWAL_DATE, renewalDate));
    }

    /** {@code count} promoter NPS answers since {@code since}. */
    public static CtaFacts promoters(int count, LocalDate since) {
        return new CtaFacts(CtaReason.PROMOTER, Map.of(CtaFact.COUNT, count, CtaFact.SINCE, since));
    }

    /** Usage grew {@code growthPercent} %, the threshold being {@code thresholdPercent} %. */
    public static CtaFacts usageGrowth(double growthPercent, double thresholdPercent) {
        return new CtaFacts(CtaReason.USAGE_GROWTH, Map.of(CtaFact.GROWTH_PERCENT, growthPercent,
                CtaFact.THRESHOLD_PERCENT, thresholdPercent));
    }

    /** The onboarding plan is past its target date. */
    public static CtaFacts onboardingOverdue() {
        return new CtaFacts(CtaReason.ONBOARDING_OVERDUE, Map.of());
    }

    /** The last touchpoint was on {@code lastTouchpoint} (empty: never), the limit being {@code limitDays}. */
    public static CtaFacts noTouchpoint(Optional<LocalDate> lastTouchpoint, int limitDays) {
        return withOptional(CtaReason.NO_TOUCHPOINT, Map.of(CtaFact.LIMIT_DAYS, limitDays),
                CtaFact.LAST_TOUCHPOINT, lastTouchpoint);
    }

    /** A CTA stored before facts existed: only its English sentence is known. */
    public static CtaFacts legacy(CtaReason reason, String text) {
        return new CtaFacts(reason, Map.of(CtaFact.LEGACY_TEXT, text));
    }

    /** Whether these are the facts of a CTA stored before facts existed. */
    public boolean isLegacy() {
        return values.containsKey(CtaFact.LEGACY_TEXT);
    }

    public Optional<LocalDate> date(CtaFact fact) {
        return typed(fact, CtaFact.Kind.DATE, LocalDate.class);
    }

    public Optional<HealthScore> score(CtaFact fact) {
        return typed(fact, CtaFact.Kind.SCORE, HealthScore.class);
    }

    public Optional<HealthBand> band(CtaFact fact) {
        return typed(fact, CtaFact.Kind.BAND, HealthBand.class);
    }

    public OptionalInt count(CtaFact fact) {
        return typed(fact, CtaFact.Kind.COUNT, Integer.class).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    public OptionalDouble percent(CtaFact fact) {
        return typed(fact, CtaFact.Kind.PERCENT, Double.class).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    /** {@link CtaFact#ISSUE_KEYS}, or an empty list. */
    public List<String> issueKeys() {
        Object keys = values.get(CtaFact.ISSUE_KEYS);
        return keys == null ? List.of() : ((List<?>) keys).stream().map(String.class::cast).toList();
    }

    /** {@link CtaFact#LEGACY_TEXT} of a legacy CTA. */
    public Optional<String> legacyText() {
        return typed(CtaFact.LEGACY_TEXT, CtaFact.Kind.TEXT, String.class);
    }

    private <T> Optional<T> typed(CtaFact fact, CtaFact.Kind kind, Class<T> type) {
        if (fact.kind() != kind) {
            throw new IllegalArgumentException(fact + " is a " + fact.kind() + ", not a " + kind);
        }
        return Optional.ofNullable(values.get(fact)).map(type::cast);
    }
}
