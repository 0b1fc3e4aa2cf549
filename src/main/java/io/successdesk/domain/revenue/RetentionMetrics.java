package io.successdesk.domain.revenue;

import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.Percentage;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The ARR bridge of one period, comparing the month-end snapshots of {@code startMonth} and {@code endMonth} on
 * the fixed cohort of accounts with ARR &gt; 0 at the start. All amounts are in one currency and 0 or more.
 *
 * @param cohortSize     accounts with ARR &gt; 0 at the start
 * @param retainedLogos  cohort accounts still above 0 at the end
 * @param newLogos       accounts at 0 or absent at the start and above 0 at the end (new and reactivated)
 * @param startingArr    the cohort's ARR at the start
 * @param churnedArr     starting ARR of cohort accounts at 0 or absent at the end
 * @param contractionArr decreases of retained cohort accounts
 * @param expansionArr   increases of retained cohort accounts
 * @param newArr         end ARR of the new logos; outside GRR and NRR, used by the quick ratio only
 */
public record RetentionMetrics(YearMonth startMonth, YearMonth endMonth, int cohortSize, int retainedLogos,
                               int newLogos, Money startingArr, Money churnedArr, Money contractionArr,
                               Money expansionArr, Money newArr) {

    public RetentionMetrics {
        Objects.requireNonNull(startMonth, "startMonth");
        Objects.requireNonNull(endMonth, "endMonth");
        if (!startMonth.isBefore(endMonth)) {
            throw new IllegalArgumentException("a period must end after it starts: " + startMonth + " → " + endMonth);
        }
        if (cohortSize < 0 || retainedLogos < 0 || newLogos < 0 || retainedLogos > cohortSize) {
            throw new IllegalArgumentException("logo counts must satisfy 0 ≤ retained ≤ cohort size, got retained="
                    + retainedLogos + ", cohort=" + cohortSize + ", new=" + newLogos);
        }
        for (Money amount : List.of(startingArr, churnedArr, contractionArr, expansionArr, newArr)) {
            startingArr.requireSameCurrency(amount);
            if (amount.isNegative()) {
                throw new IllegalArgumentException("bridge amounts must not be negative, got " + amount);
            }
        }
        if (churnedArr.plus(contractionArr).compareTo(startingArr) > 0) {
            throw new IllegalArgumentException("churn plus contraction cannot exceed the starting ARR");
        }
    }

    /** Cohort accounts lost (at 0 or absent at the end). */
    public int churnedLogos() {
        return cohortSize - retainedLogos;
    }

    /** The cohort's ARR at the end: start − churn − contraction + expansion. */
    public Money endingCohortArr() {
        return startingArr.minus(churnedArr).minus(contractionArr).plus(expansionArr);
    }

    /** Gross revenue retention, (start − churn − contraction) ÷ start: 0–100 %. Empty when starting ARR is 0. */
    public Optional<Percentage> grossRevenueRetention() {
        return shareOfStart(startingArr.minorUnits() - churnedArr.minorUnits() - contractionArr.minorUnits());
    }

    /** Net revenue retention, (start − churn − contraction + expansion) ÷ start: 0 % or more, may exceed 100 %. */
    public Optional<Percentage> netRevenueRetention() {
        return shareOfStart(endingCohortArr().minorUnits());
    }

    /** Cohort accounts still paying ÷ cohort size, 0–100 %. Empty for an empty cohort. */
    public Optional<Percentage> logoRetention() {
        return cohortSize == 0 ? Optional.empty() : Optional.of(Percentage.ratio(retainedLogos, cohortSize));
    }

    /** Gross revenue churn, churned ARR ÷ starting ARR (docs/metrics.md: contraction is not in it), 0–100 %. */
    public Optional<Percentage> grossRevenueChurn() {
        return shareOfStart(churnedArr.minorUnits());
    }

    /** Net revenue churn, (churn + contraction − expansion) ÷ start; negative means net expansion. */
    public Optional<Percentage> netRevenueChurn() {
        return shareOfStart(churnedArr.minorUnits() + contractionArr.minorUnits() - expansionArr.minorUnits());
    }

    /** SaaS quick ratio, (new + expansion) ÷ (churn + contraction); empty when nothing was lost. */
    public OptionalDouble quickRatio() {
        long lost = churnedArr.minorUnits() + contractionArr.minorUnits();
        if (lost == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(((double) newArr.minorUnits() + expansionArr.minorUnits()) / lost);
    }

    private Optional<Percentage> shareOfStart(long amount) {
        return startingArr.isZero() ? Optional.empty() : Optional.of(Percentage.ratio(amount, startingArr.minorUnits()));
    }
}
