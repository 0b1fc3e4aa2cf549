package io.successdesk.domain.account;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallValuesTest {

    @Test
    void shouldHonourEqualsContractForTierAndExternalId() {
        EqualsVerifier.forClass(Tier.class).suppress(Warning.NULL_FIELDS).verify();
        EqualsVerifier.forClass(ExternalId.class).suppress(Warning.NULL_FIELDS).verify();
    }

    @Test
    void shouldOfferEnterpriseMidMarketSmbWhenNoTiersAreDefined() {
        assertThat(Tier.DEFAULTS).extracting(Tier::name).containsExactly("Enterprise", "Mid-Market", "SMB");
    }

    @Test
    void shouldTrimTierAndRefuseBlankOrLongerThanForty() {
        assertThat(Tier.of("  Strategic ")).isEqualTo(Tier.of("Strategic")).hasToString("Strategic");
        assertThat(Tier.of("x".repeat(40)).name()).hasSize(40);
        assertThatThrownBy(() -> Tier.of("x".repeat(41))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tier.of("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tier.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldTrimExternalIdAndRefuseBlankOrLongerThanHundred() {
        assertThat(ExternalId.of(" 0015g00000XyZ ")).isEqualTo(ExternalId.of("0015g00000XyZ"));
        assertThat(ExternalId.of("x".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> ExternalId.of("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExternalId.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
