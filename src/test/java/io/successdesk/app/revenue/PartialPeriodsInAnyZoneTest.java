package io.successdesk.app.revenue;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.revenue.RetentionPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The current month is the UTC month of the clock, whatever the JVM's default zone and the clock's zone: half an hour
 * before the end of March (UTC) it is already April in Kiritimati and still March in Los Angeles.
 */
class PartialPeriodsInAnyZoneTest {

    private static final Instant LATE_MARCH_UTC = Instant.parse("2025-03-31T23:30:00Z");
    private final TimeZone original = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Pago_Pago"})
    void shouldFlagTheUtcCurrentMonthPartialWhateverTheDefaultZone(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        RevenueService service = new RevenueService(new InMemoryRevenueStore(), new InMemoryAuditLog(),
                Clock.fixed(LATE_MARCH_UTC, ZoneId.of(zone)), TestAccountChanges.discarding());
        service.ingestHistory(List.of(new ArrSubmission("ACME", "2025-02", 1000L, "USD"),
                new ArrSubmission("ACME", "2025-03", 1000L, "USD")), "admin");

        List<RetentionPoint> points = service.retentionSeries("USD", RetentionView.MONTHLY, YearMonth.of(2025, 2),
                YearMonth.of(2025, 3));

        assertThat(points).extracting(RetentionPoint::partial).containsExactly(false, true);
        assertThatThrownBy(() -> service.retentionSeries("USD", RetentionView.MONTHLY, YearMonth.of(2025, 3),
                YearMonth.of(2025, 4))).isInstanceOf(InvalidInputException.class);
    }
}
