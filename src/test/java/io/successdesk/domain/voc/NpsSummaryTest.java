package io.successdesk.domain.voc;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Percentage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NpsSummaryTest {

    @Test
    void shouldSubtractDetractorShareFromPromoterShareWhenComputingNps() {
        // scores 10, 9, 8, 7, 6, 0: promoters 2, passives 2, detractors 2 → 33.3 % − 33.3 % = 0
        // (the average, 6.5, would be misleading and is never used)
        NpsSummary balanced = NpsSummary.of(scores(10, 9, 8, 7, 6, 0));
        // 9, 9, 9, 7, 6: 3 promoters, 1 passive, 1 detractor → 60 % − 20 % = 40
        NpsSummary positive = NpsSummary.of(scores(9, 9, 9, 7, 6));

        assertThat(balanced.score()).contains(new NetPromoterScore(0));
        assertThat(balanced.n()).isEqualTo(6);
        assertThat(positive.score().orElseThrow().value()).isCloseTo(40, within(1e-9));
        assertThat(positive.share(NpsCategory.PROMOTER)).contains(new Percentage(60));
        assertThat(positive.share(NpsCategory.PASSIVE)).contains(new Percentage(20));
        assertThat(positive.share(NpsCategory.DETRACTOR)).contains(new Percentage(20));
    }

    @Test
    void shouldPlaceCategoryBoundariesAtSixSevenEightNineWhenCounting() {
        assertThat(NpsSummary.of(scores(6))).isEqualTo(new NpsSummary(0, 0, 1));
        assertThat(NpsSummary.of(scores(7))).isEqualTo(new NpsSummary(0, 1, 0));
        assertThat(NpsSummary.of(scores(8))).isEqualTo(new NpsSummary(0, 1, 0));
        assertThat(NpsSummary.of(scores(9))).isEqualTo(new NpsSummary(1, 0, 0));
        assertThat(NpsSummary.of(scores(10)).score()).contains(new NetPromoterScore(100));
        assertThat(NpsSummary.of(scores(0)).score()).contains(new NetPromoterScore(-100));
    }

    @Test
    void shouldHaveNoScoreWhenThereAreNoAnswers() {
        assertThat(NpsSummary.EMPTY.score()).isEmpty();
        assertThat(NpsSummary.EMPTY.share(NpsCategory.PROMOTER)).isEmpty();
        assertThat(NpsSummary.EMPTY.n()).isZero();
    }

    @Test
    void shouldCountOnlyResponsesInsideTheWindowWhenSummarisingResponses() {
        // default window ending 30 Jun 2025 inclusive: 180 days from 2 Jan 2025 to 30 Jun 2025
        DateWindow window = NpsSummary.defaultWindow(LocalDate.of(2025, 6, 30));
        List<NpsResponse> responses = List.of(
                response("a", 10, "2025-01-01T23:59:59Z"),   // one day too early
                response("b", 10, "2025-01-02T00:00:00Z"),   // first day
                response("c", 0, "2025-06-30T23:59:59Z"),    // last day
                response("d", 7, "2025-07-01T00:00:00Z"));   // one day too late (a passive: counted by mistake, it shows)

        NpsSummary summary = NpsSummary.ofResponses(responses, window);

        assertThat(window.start()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(summary).isEqualTo(new NpsSummary(1, 0, 1));
    }

    @Test
    void shouldRefuseOutOfRangeValuesWhenCreated() {
        assertThatThrownBy(() -> new NetPromoterScore(100.001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetPromoterScore(-100.001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NpsSummary(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(NpsSummary.of(scores(9)).plus(NpsSummary.of(scores(0, 7)))).isEqualTo(new NpsSummary(1, 1, 1));
    }

    @Property
    void npsStaysBetweenMinusHundredAndHundred(@ForAll @Size(min = 1, max = 300) List<@IntRange(max = 10) Integer> raw) {
        NpsSummary summary = NpsSummary.of(raw.stream().map(NpsScore::of).toList());

        double nps = summary.score().orElseThrow().value();
        assertThat(nps).isBetween(-100.0, 100.0);
        double promoters = raw.stream().filter(score -> score >= 9).count() * 100.0 / raw.size();
        double detractors = raw.stream().filter(score -> score <= 6).count() * 100.0 / raw.size();
        assertThat(nps).isCloseTo(promoters - detractors, within(1e-9));
        assertThat(summary.n()).isEqualTo(raw.size());
    }

    private static List<NpsScore> scores(int... values) {
        return java.util.Arrays.stream(values).mapToObj(NpsScore::of).toList();
    }

    private static NpsResponse response(String id, int score, String answeredAt) {
        return new NpsResponse(id, NpsSource.IMPORT, AccountKey.of("ACME"), NpsScore.of(score), Optional.empty(),
                Optional.empty(), Instant.parse(answeredAt));
    }
}
