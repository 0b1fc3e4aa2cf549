package io.successdesk.app.account;

import io.successdesk.app.PageRequest;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryAccountStoreTest extends AccountStoreContract {

    private final InMemoryAccountStore store = new InMemoryAccountStore();

    @Override
    protected AccountStore store() {
        return store;
    }

    @Test
    void shouldFilterByBandAndSortByHealthWithUnscoredLast() {
        store.create(AccountFixtures.minimal("ACME"));
        store.create(AccountFixtures.minimal("BETA"));
        store.create(AccountFixtures.minimal("GAMMA"));
        store.recordRefresh(AccountKey.of("ACME"), java.util.Optional.of(new io.successdesk.app.account.RecordedHealth(HealthScore.of(40), HealthBand.RED)), 0);
        store.recordRefresh(AccountKey.of("BETA"), java.util.Optional.of(new io.successdesk.app.account.RecordedHealth(HealthScore.of(80), HealthBand.GREEN)), 0);
        assertThat(store.find(AccountQuery.all().inBand(HealthBand.RED), PageRequest.first(10)).items())
                .extracting(a -> a.key().value()).containsExactly("ACME");
        AccountQuery worstFirst = AccountQuery.all().sortedBy(AccountSort.HEALTH_SCORE, AccountSort.Direction.ASCENDING);
        assertThat(store.find(worstFirst, PageRequest.first(10)).items())
                .extracting(a -> a.key().value()).containsExactly("ACME", "BETA", "GAMMA");
        AccountQuery bestFirst = worstFirst.sortedBy(AccountSort.HEALTH_SCORE, AccountSort.Direction.DESCENDING);
        assertThat(store.find(bestFirst, PageRequest.first(10)).items())
                .extracting(a -> a.key().value()).containsExactly("BETA", "ACME", "GAMMA");
    }
}
