package io.successdesk.domain.account;

import io.successdesk.domain.value.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.successdesk.domain.account.AccountFixtures.CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private final Account base = AccountFixtures.full("ACME", "acme.com", 7, "CRM-1");

    @Test
    void shouldKeepEveryFieldWhenValid() {
        assertThat(base.key()).isEqualTo(AccountKey.of("ACME"));
        assertThat(base.emailDomains()).containsExactly(EmailDomain.of("acme.com"));
        assertThat(base.jsmOrganizationIds()).containsExactly(7L);
        assertThat(base.arr()).contains(Money.of(12_000_000, "EUR"));
        assertThat(base.customAttributes()).containsEntry("region", "EMEA");
        assertThat(base.version()).isEqualTo(1);
    }

    @Test
    void shouldTrimNameAndRefuseItWhenBlankOrLongerThan255() {
        assertThat(withName("  Acme  ").name()).isEqualTo("Acme");
        assertThat(withName("n".repeat(255)).name()).hasSize(255);
        assertThatThrownBy(() -> withName("n".repeat(256))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withName(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account name");
    }

    @Test
    void shouldRefuseDuplicateDomainsAndOrganizationsAndNonPositiveOrganizationIds() {
        assertThatThrownBy(() -> matching(List.of(EmailDomain.of("acme.com"), EmailDomain.of("ACME.com")), List.of()))
                .hasMessageContaining("duplicate email domain acme.com");
        assertThatThrownBy(() -> matching(List.of(), List.of(3L, 3L))).hasMessageContaining("duplicate JSM organization id 3");
        assertThatThrownBy(() -> matching(List.of(), List.of(0L))).hasMessageContaining("must be positive");
        assertThat(matching(List.of(), List.of(1L)).jsmOrganizationIds()).containsExactly(1L);
    }

    @Test
    void shouldRefuseNegativeArrButAcceptZero() {
        assertThatThrownBy(() -> withArr(Money.of(-1, "EUR"))).hasMessageContaining("ARR must not be negative");
        assertThat(withArr(Money.of(0, "EUR")).arr()).contains(Money.of(0, "EUR"));
    }

    @Test
    void shouldRefuseRenewalBeforeContractStartButAcceptSameDay() {
        LocalDate start = base.contractStart();
        assertThatThrownBy(() -> withRenewal(start.minusDays(1))).hasMessageContaining("is before the contract start");
        assertThat(withRenewal(start).renewalDate()).contains(start);
    }

    @Test
    void shouldRefuseBlankCsm() {
        assertThatThrownBy(() -> new Account(base.key(), base.name(), base.emailDomains(), base.jsmOrganizationIds(),
                base.tier(), base.stage(), Optional.of(" "), base.arr(), base.contractStart(), base.renewalDate(),
                base.externalId(), base.customAttributes(), 1, CREATED, CREATED)).hasMessageContaining("CSM user key");
    }

    @Test
    void shouldRefuseBadAttributeKeysAndOverlongValues() {
        assertThatThrownBy(() -> withAttributes(Map.of("bad key", "x"))).hasMessageContaining("custom attribute key 'bad key'");
        assertThatThrownBy(() -> withAttributes(Map.of("k".repeat(65), "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(withAttributes(Map.of("k".repeat(64), "v".repeat(1000))).customAttributes()).hasSize(1);
        assertThatThrownBy(() -> withAttributes(Map.of("notes", "v".repeat(1001)))).hasMessageContaining("longer than 1000");
    }

    @Test
    void shouldCopyCollectionsWhenCreated() {
        Map<String, String> attributes = new HashMap<>(Map.of("region", "EMEA"));
        Account account = withAttributes(attributes);
        attributes.put("region", "APAC");
        assertThat(account.customAttributes()).containsEntry("region", "EMEA");
        assertThatThrownBy(() -> account.customAttributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> account.emailDomains().add(EmailDomain.of("x.io"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRefuseVersionBelowOneAndUpdateBeforeCreation() {
        assertThatThrownBy(() -> base.withMetadata(0, CREATED, CREATED)).hasMessageContaining("version must be 1 or more");
        assertThatThrownBy(() -> base.withMetadata(1, CREATED, CREATED.minusMillis(1))).hasMessageContaining("before created");
        assertThat(base.withMetadata(2, CREATED, CREATED.plusSeconds(1)).version()).isEqualTo(2);
    }

    @Test
    void shouldCompareContentIgnoringVersionAndTimestamps() {
        Account later = base.withMetadata(5, CREATED.minusSeconds(60), CREATED.plusSeconds(60));
        assertThat(later.sameContentAs(base)).isTrue();
        assertThat(later).isNotEqualTo(base);
        assertThat(withName("Other").sameContentAs(base)).isFalse();
    }

    private Account withName(String name) {
        return new Account(base.key(), name, base.emailDomains(), base.jsmOrganizationIds(), base.tier(), base.stage(),
                base.csmUserKey(), base.arr(), base.contractStart(), base.renewalDate(), base.externalId(),
                base.customAttributes(), 1, CREATED, CREATED);
    }

    private Account matching(List<EmailDomain> domains, List<Long> organizations) {
        return new Account(base.key(), base.name(), domains, organizations, base.tier(), base.stage(),
                base.csmUserKey(), base.arr(), base.contractStart(), base.renewalDate(), base.externalId(),
                base.customAttributes(), 1, CREATED, CREATED);
    }

    private Account withArr(Money arr) {
        return new Account(base.key(), base.name(), base.emailDomains(), base.jsmOrganizationIds(), base.tier(), base.stage(),
                base.csmUserKey(), Optional.of(arr), base.contractStart(), base.renewalDate(), base.externalId(),
                base.customAttributes(), 1, CREATED, CREATED);
    }

    private Account withRenewal(LocalDate renewal) {
        return new Account(base.key(), base.name(), base.emailDomains(), base.jsmOrganizationIds(), base.tier(), base.stage(),
                base.csmUserKey(), base.arr(), base.contractStart(), Optional.of(renewal), base.externalId(),
                base.customAttributes(), 1, CREATED, CREATED);
    }

    private Account withAttributes(Map<String, String> attributes) {
        return new Account(base.key(), base.name(), base.emailDomains(), base.jsmOrganizationIds(), base.tier(), base.stage(),
                base.csmUserKey(), base.arr(), base.contractStart(), base.renewalDate(), base.externalId(),
                attributes, 1, CREATED, CREATED);
    }
}
