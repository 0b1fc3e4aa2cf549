package io.successdesk.domain.account;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailDomainTest {

    @Test
    void shouldHonourEqualsContract() {
        EqualsVerifier.forClass(EmailDomain.class)
                .withPrefabValues(String.class, "acme.com", "globex.io")
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @Test
    void shouldLowerCaseAndTrimWhenCreated() {
        assertThat(EmailDomain.of("  EU.Acme.COM ").value()).isEqualTo("eu.acme.com");
        assertThat(EmailDomain.of("ACME.com")).isEqualTo(EmailDomain.of("acme.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme.com", "a.io", "x-ray.acme.co.uk", "123.example", "a1-b2.c3"})
    void shouldAcceptDomainWhenLabelsAreWellFormed(String domain) {
        assertThat(EmailDomain.of(domain).value()).isEqualTo(domain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "com", "acme..com", ".acme.com", "acme.com.", "-acme.com", "acme-.com",
            "ac me.com", "acme_eu.com", "bob@acme.com", "acme.com/x"})
    void shouldRefuseDomainWhenMalformed(String domain) {
        assertThatThrownBy(() -> EmailDomain.of(domain)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a domain like acme.com");
    }

    @Test
    void shouldRefuseLabelsLongerThanSixtyThreeAndDomainsLongerThan253() {
        String label63 = "a".repeat(63);
        assertThat(EmailDomain.of(label63 + ".com").value()).hasSize(67);
        assertThatThrownBy(() -> EmailDomain.of("a" + label63 + ".com")).isInstanceOf(IllegalArgumentException.class);
        // 4 labels of 63 + 3 dots = 255 characters > 253; 3 labels of 63 + "a.b" style stays under
        String tooLong = String.join(".", label63, label63, label63, label63);
        assertThatThrownBy(() -> EmailDomain.of(tooLong)).isInstanceOf(IllegalArgumentException.class);
        String longest = String.join(".", label63, label63, label63, "a".repeat(61)); // 63*3 + 61 + 3 = 253
        assertThat(EmailDomain.of(longest).value()).hasSize(253);
    }

    @Test
    void shouldTakeDomainAfterLastAtWhenReadingAnAddress() {
        assertThat(EmailDomain.ofEmailAddress("Bob@EU.Acme.com")).contains(EmailDomain.of("eu.acme.com"));
        assertThat(EmailDomain.ofEmailAddress("\"odd@name\"@acme.com")).contains(EmailDomain.of("acme.com"));
        assertThat(EmailDomain.ofEmailAddress("bob@acme.com ")).contains(EmailDomain.of("acme.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bob", "@acme.com", "bob@", "bob@localhost", "bob@acme..com"})
    void shouldFindNoDomainWhenAddressHasNone(String address) {
        assertThat(EmailDomain.ofEmailAddress(address)).isEmpty();
    }

    @Test
    void shouldDropFirstLabelWhenTakingParentAndStopAtTwoLabels() {
        assertThat(EmailDomain.of("a.eu.acme.com").parent()).contains(EmailDomain.of("eu.acme.com"));
        assertThat(EmailDomain.of("eu.acme.com").parent()).contains(EmailDomain.of("acme.com"));
        assertThat(EmailDomain.of("acme.com").parent()).isEqualTo(Optional.empty());
    }
}
