package io.successdesk.app.health;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.health.MeasureObservation;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManualInputServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final MeasureId SENTIMENT = MeasureId.of(MeasureKind.CSM_SENTIMENT);

    private final InMemoryManualInputStore store = new InMemoryManualInputStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ManualInputService service = new ManualInputService(store, audit, Clock.fixed(NOW, ZoneOffset.UTC),
            TestAccountChanges.discarding());

    @Test
    void shouldKeepTheLatestSentimentAsAManualInputAndAuditIt() {
        service.record(ACME, SENTIMENT, 2.0, Optional.empty(), Optional.of(NOW.minusSeconds(3600)), "csm");
        service.record(ACME, SENTIMENT, 4.0, Optional.empty(), Optional.empty(), "csm");

        assertThat(store.latestInputs(ACME, NOW)).singleElement()
                .isEqualTo(MeasureObservation.manual(SENTIMENT, 4.0, NOW));
        assertThat(audit.all()).hasSize(2);
    }

    @Test
    void shouldStoreACustomMetricAsAComputedObservationWithItsSampleSize() {
        MeasureObservation saved = service.record(ACME, MeasureId.custom("usage"), 12.5, Optional.of(40),
                Optional.empty(), "integration");

        assertThat(saved.manual()).isFalse();
        assertThat(saved.sampleSize()).isEqualTo(40);
        assertThat(store.latestInputs(ACME, NOW)).containsExactly(saved);
    }

    @Test
    void shouldRefuseBadInputsNamingTheField() {
        assertThatThrownBy(() -> service.record(ACME, SENTIMENT, 6.0, Optional.empty(), Optional.empty(), "csm"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("value"));
        assertThatThrownBy(() -> service.record(ACME, SENTIMENT, 3.0, Optional.empty(), Optional.of(NOW.plusSeconds(1)), "csm"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("observedAt"));
        assertThatThrownBy(() -> service.record(ACME, MeasureId.of(MeasureKind.OPEN_TICKETS), 3.0, Optional.empty(),
                Optional.empty(), "csm"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("measure"));
        assertThat(store.latestInputs(ACME, NOW)).isEmpty();
        assertThat(audit.all()).isEmpty();
    }
}
