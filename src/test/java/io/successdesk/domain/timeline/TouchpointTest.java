package io.successdesk.domain.timeline;

import io.successdesk.domain.account.AccountKey;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TouchpointTest {

    private static final TouchpointId ID = new TouchpointId(new UUID(0, 5));
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static Touchpoint touchpoint(TouchpointType type, String summary) {
        return new Touchpoint(ID, AccountKey.of("ACME"), type, AT, summary, Optional.of(Sentiment.POSITIVE), "csm.jane");
    }

    @Test
    void shouldBecomeATouchpointTimelineEntryTitledByTypeAndFirstLineWhenShownOnTheTimeline() {
        TimelineEntry entry = touchpoint(TouchpointType.QBR, "  Renewal terms agreed\nDetails follow  ").toTimelineEntry();
        assertThat(entry.position()).isEqualTo(new TimelinePosition(AT, TimelineKind.TOUCHPOINT, ID.toString()));
        assertThat(entry.title()).isEqualTo("QBR: Renewal terms agreed");
    }

    @Test
    void shouldCutTheTitleAfter120CharactersButNotAt120() {
        assertThat(touchpoint(TouchpointType.CALL, "x".repeat(120)).toTimelineEntry().title())
                .isEqualTo("Call: " + "x".repeat(120));
        assertThat(touchpoint(TouchpointType.CALL, "x".repeat(121)).toTimelineEntry().title())
                .isEqualTo("Call: " + "x".repeat(120) + "…");
    }

    @Test
    void shouldAcceptASummaryOf2000CharactersButNot2001() {
        assertThat(touchpoint(TouchpointType.NOTE, "s".repeat(2000)).summary()).hasSize(2000);
        assertThatThrownBy(() -> touchpoint(TouchpointType.NOTE, "s".repeat(2001)))
                .hasMessage("touchpoint summary must be at most 2000 characters");
        assertThatThrownBy(() -> touchpoint(TouchpointType.NOTE, " \n "))
                .hasMessage("touchpoint summary is required");
    }

    @ParameterizedTest
    @ValueSource(classes = {TouchpointId.class, TimelinePosition.class, TimelineEntry.class, TimelinePage.class})
    void shouldHonourTheEqualsContractWhenCompared(Class<?> type) {
        EqualsVerifier.forClass(type).suppress(Warning.NULL_FIELDS)
                .withPrefabValues(TimelinePosition.class,
                        new TimelinePosition(AT, TimelineKind.TICKET, "SUP-1"),
                        new TimelinePosition(AT, TimelineKind.CSAT, "r1"))
                .verify();
    }
}
