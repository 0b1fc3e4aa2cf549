package io.successdesk.domain.voc;

import io.successdesk.domain.account.AccountKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponsesTest {

    private static final Instant ANSWERED = Instant.parse("2025-03-01T23:30:00Z");

    @Test
    void shouldNormaliseBlankTextToAbsentWhenCreatingCsatResponse() {
        CsatResponse response = csat(" 42 ", Optional.of("  "), Optional.of(" SUP "), Optional.empty());

        assertThat(response.externalId()).isEqualTo("42");
        assertThat(response.comment()).isEmpty();
        assertThat(response.projectKey()).contains("SUP");
        assertThat(response.answeredDay()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void shouldRefuseBlankIdAndIssueCreatedAfterAnswerWhenCreatingCsatResponse() {
        assertThatThrownBy(() -> csat(" ", Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("external id");
        assertThatThrownBy(() -> csat("1", Optional.empty(), Optional.empty(), Optional.of(ANSWERED.plusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be after");
        assertThat(csat("1", Optional.empty(), Optional.empty(), Optional.of(ANSWERED)).issueCreatedAt()).contains(ANSWERED);
    }

    @Test
    void shouldNormaliseBlankCommentAndContactWhenCreatingNpsResponse() {
        NpsResponse response = new NpsResponse("n-1", NpsSource.MANUAL, AccountKey.of("ACME"), NpsScore.of(9),
                Optional.of(" "), Optional.of(" ann@acme.test "), ANSWERED);

        assertThat(response.comment()).isEmpty();
        assertThat(response.contact()).contains("ann@acme.test");
    }

    private static CsatResponse csat(String id, Optional<String> comment, Optional<String> project,
                                     Optional<Instant> created) {
        return new CsatResponse(id, CsatSource.JSM, AccountKey.of("ACME"), Optional.of(10_001L), project,
                CsatRating.of(4), comment, ANSWERED, created);
    }
}
