package io.successdesk.app.voc;

import io.successdesk.domain.account.AccountKey;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CsatFilterTest {

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");

    @Test
    void shouldMatchEverythingWhenNothingIsRestricted() {
        assertThat(CsatFilter.ALL.matches(ACME, Optional.empty())).isTrue();
        assertThat(CsatFilter.ALL.matches(GLOBEX, Optional.of("SUP"))).isTrue();
    }

    @Test
    void shouldRequireEveryGivenRestrictionWhenSeveralAreSet() {
        CsatFilter filter = new CsatFilter(Optional.empty(), Optional.of("SUP"), Optional.of(Set.of(ACME)));

        assertThat(filter.matches(ACME, Optional.of("SUP"))).isTrue();
        assertThat(filter.matches(ACME, Optional.of("OPS"))).isFalse();
        assertThat(filter.matches(ACME, Optional.empty())).isFalse();
        assertThat(filter.matches(GLOBEX, Optional.of("SUP"))).isFalse();
        assertThat(CsatFilter.account(ACME).matches(GLOBEX, Optional.empty())).isFalse();
        assertThat(CsatFilter.account(ACME).matches(ACME, Optional.of("OPS"))).isTrue();
    }
}
