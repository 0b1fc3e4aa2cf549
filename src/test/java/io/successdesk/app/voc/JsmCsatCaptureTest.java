package io.successdesk.app.voc;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.account.AccountKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** JSM gives no answer time; recapturing the same rating later must not move the answer to a new day. */
class JsmCsatCaptureTest {

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final Instant FIRST_READ = Instant.parse("2025-03-02T10:00:00Z");

    private final InMemoryCsatStore store = new InMemoryCsatStore();
    private final AtomicReference<Instant> now = new AtomicReference<>(FIRST_READ);
    private final AtomicReference<JsmSatisfaction> rating = new AtomicReference<>(
            new JsmSatisfaction(5, Optional.empty(), Optional.empty()));

    @Test
    void shouldLeaveTheAnswerUnchangedWhenTheSameRatingIsReadAgainOnALaterDay() {
        assertThat(capture()).isTrue();
        now.set(FIRST_READ.plusSeconds(5 * 86_400));

        assertThat(capture()).as("unchanged").isFalse();

        assertThat(store.responsesOf(ACME, PageRequest.first(5)).items()).singleElement()
                .satisfies(response -> assertThat(response.answeredAt()).isEqualTo(FIRST_READ));
    }

    @Test
    void shouldCorrectTheRatingOnItsFirstDayWhenTheCustomerChangesIt() {
        capture();
        now.set(FIRST_READ.plusSeconds(5 * 86_400));
        rating.set(new JsmSatisfaction(1, Optional.empty(), Optional.empty()));

        assertThat(capture()).as("a correction").isTrue();

        assertThat(store.responsesOf(ACME, PageRequest.first(5)).items()).singleElement().satisfies(response -> {
            assertThat(response.rating().value()).isEqualTo(1);
            assertThat(response.answeredAt()).isEqualTo(FIRST_READ);
        });
    }

    private boolean capture() {
        Clock clock = Clock.fixed(now.get(), ZoneOffset.UTC);
        CsatService csat = new CsatService(store, new InMemoryAuditLog(), clock, TestAccountChanges.discarding());
        return new JsmCsatCapture(issueId -> Optional.of(rating.get()), csat, clock)
                .capture(42L, ACME, "SUP", Optional.empty());
    }
}
