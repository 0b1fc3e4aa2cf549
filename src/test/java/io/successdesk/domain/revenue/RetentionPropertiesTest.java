package io.successdesk.domain.revenue;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.Percentage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RetentionPropertiesTest {

    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final int MONTHS = 6;

    @Property
    void grossRetentionNeverExceedsHundredAndNetRetentionIsNeverBelowIt(
            @ForAll("histories") List<ArrSnapshot> snapshots, @ForAll @IntRange(max = MONTHS - 2) int startOffset,
            @ForAll @IntRange(min = 1, max = MONTHS - 1) int length) {
        YearMonth start = FIRST.plusMonths(startOffset);
        RetentionMetrics bridge = new RetentionCalculator(RetentionCalculatorTest.USD, snapshots)
                .between(start, start.plusMonths(length));

        bridge.grossRevenueRetention().ifPresent(grr -> {
            assertThat(grr.value()).isBetween(0.0, 100.0);
            assertThat(bridge.netRevenueRetention().orElseThrow()).isGreaterThanOrEqualTo(grr);
            assertThat(bridge.netRevenueRetention().orElseThrow().value())
                    .isCloseTo(100 - bridge.netRevenueChurn().orElseThrow().value(), within(1e-9));
            assertThat(bridge.logoRetention().map(Percentage::value).orElseThrow()).isBetween(0.0, 100.0);
            assertThat(bridge.grossRevenueChurn().orElseThrow().value()).isCloseTo(100 - grr.value(), within(1e-9));
            assertThat(bridge.churnedArrShare().orElseThrow().value())
                    .isBetween(0.0, bridge.grossRevenueChurn().orElseThrow().value() + 1e-9);
        });
        assertThat(bridge.grossRevenueRetention().isPresent()).isEqualTo(bridge.cohortSize() > 0);
    }

    /** Carry-forward: removing a row that repeats the account's previous row changes no figure of any period. */
    @Property
    void aRowRepeatingThePreviousOneChangesNothingWhenRemoved(@ForAll("histories") List<ArrSnapshot> snapshots,
            @ForAll @IntRange(max = MONTHS - 2) int startOffset, @ForAll @IntRange(min = 1, max = MONTHS - 1) int length) {
        YearMonth start = FIRST.plusMonths(startOffset);
        YearMonth end = start.plusMonths(length);
        List<ArrSnapshot> withoutRepeats = snapshots.stream().filter(snapshot -> snapshots.stream().noneMatch(other ->
                other.account().equals(snapshot.account()) && other.month().equals(snapshot.month().minusMonths(1))
                        && other.arr().equals(snapshot.arr()))).toList();
        YearMonth dataThrough = FIRST.plusMonths(MONTHS - 1);

        assertThat(new RetentionCalculator(RetentionCalculatorTest.USD, withoutRepeats, dataThrough).between(start, end))
                .isEqualTo(new RetentionCalculator(RetentionCalculatorTest.USD, snapshots, dataThrough).between(start, end));
    }

    @Provide
    Arbitrary<List<ArrSnapshot>> histories() {
        // each of up to 6 accounts gets, per month, ARR 0–5000 or no snapshot (−1)
        return Arbitraries.longs().between(-1, 5000).list().ofSize(MONTHS).list().ofMaxSize(6).map(accounts -> {
            List<ArrSnapshot> snapshots = new ArrayList<>();
            for (int account = 0; account < accounts.size(); account++) {
                for (int month = 0; month < MONTHS; month++) {
                    long value = accounts.get(account).get(month);
                    if (value >= 0) {
                        snapshots.add(new ArrSnapshot(AccountKey.of("ACC" + account), FIRST.plusMonths(month),
                                new Money(value, RetentionCalculatorTest.USD)));
                    }
                }
            }
            return snapshots;
        });
    }
}
