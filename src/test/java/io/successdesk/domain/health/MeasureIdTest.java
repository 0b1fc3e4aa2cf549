package io.successdesk.domain.health;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureIdTest {

    @Test
    void shouldRequireNameWhenCustom() {
        assertThatThrownBy(() -> new MeasureId(MeasureKind.CUSTOM, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a name");
        assertThat(MeasureId.custom("product_usage").customName()).contains("product_usage");
    }

    @Test
    void shouldRefuseNameWhenBuiltIn() {
        assertThatThrownBy(() -> new MeasureId(MeasureKind.NPS, Optional.of("nps")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only CUSTOM");
    }

    @Test
    void shouldAcceptUpToFortyCharactersWhenNamingCustomMeasure() {
        String forty = "a" + "b".repeat(39);

        assertThat(MeasureId.custom(forty).customName()).contains(forty);
        assertThat(MeasureId.custom("a").customName()).contains("a");
        assertThatThrownBy(() -> MeasureId.custom(forty + "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeasureId.custom("Usage")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeasureId.custom("1usage")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeasureId.custom("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldPrintKindOrKindAndNameWhenShown() {
        assertThat(MeasureId.of(MeasureKind.OPEN_TICKETS)).hasToString("OPEN_TICKETS");
        assertThat(MeasureId.custom("usage")).hasToString("CUSTOM:usage");
    }

    @Test
    void shouldMarkOnlySentimentAsManualWhenAskingKinds() {
        for (MeasureKind kind : MeasureKind.values()) {
            assertThat(kind.isManualInput()).as(kind.name()).isEqualTo(kind == MeasureKind.CSM_SENTIMENT);
        }
    }

    @Test
    void shouldBeEqualOnlyWhenKindAndNameAreEqual() {
        assertThat(MeasureId.custom("usage")).isEqualTo(MeasureId.custom("usage"))
                .hasSameHashCodeAs(MeasureId.custom("usage"))
                .isNotEqualTo(MeasureId.custom("usage2"))
                .isNotEqualTo(MeasureId.of(MeasureKind.NPS));
        assertThat(MeasureId.of(MeasureKind.NPS)).isEqualTo(MeasureId.of(MeasureKind.NPS))
                .isNotEqualTo(MeasureId.of(MeasureKind.CSAT_SATISFIED));
    }
}
