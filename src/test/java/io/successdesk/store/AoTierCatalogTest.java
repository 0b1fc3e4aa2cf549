package io.successdesk.store;

import io.successdesk.domain.account.Tier;
import io.successdesk.store.ao.TierRow;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoTierCatalogTest.Schema.class)
public class AoTierCatalogTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(TierRow.class);
        }
    }

    private AoTierCatalog catalog;

    @Before
    public void createCatalog() {
        catalog = new AoTierCatalog(ao);
    }

    @Test
    public void shouldOfferTheDefaultTiersWhenNoneAreStored() {
        assertThat(catalog.tiers()).isEqualTo(Tier.DEFAULTS);
    }

    @Test
    public void shouldReturnTheAdminsTiersInTheAdminsOrderAfterReplacingThem() {
        catalog.replace(List.of(Tier.of("Strategic"), Tier.of("Growth")));
        catalog.replace(List.of(Tier.of("Platinum"), Tier.of("Gold"), Tier.of("Silver")));
        assertThat(catalog.tiers()).containsExactly(Tier.of("Platinum"), Tier.of("Gold"), Tier.of("Silver"));
        assertThat(ao.count(TierRow.class)).isEqualTo(3);
    }

    @Test
    public void shouldRefuseAnEmptyOrDuplicatedListAndKeepTheStoredOne() {
        catalog.replace(List.of(Tier.of("Gold")));
        assertThatThrownBy(() -> catalog.replace(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.replace(List.of(Tier.of("A"), Tier.of("A"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catalog.tiers()).containsExactly(Tier.of("Gold"));
    }
}
