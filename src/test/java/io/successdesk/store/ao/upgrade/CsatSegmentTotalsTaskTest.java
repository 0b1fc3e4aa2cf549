package io.successdesk.store.ao.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.DailyRatingCounts;
import io.successdesk.domain.voc.RatingCounts;
import io.successdesk.store.AoAccountStore;
import io.successdesk.store.AoCsatStore;
import io.successdesk.store.ao.AccountAttrRow;
import io.successdesk.store.ao.AccountDomainRow;
import io.successdesk.store.ao.AccountOrgRow;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatResp;
import io.successdesk.store.ao.CsatSegmentDay;
import io.successdesk.store.ao.ExternalIdClaim;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model version 5 on a real database: the daily rollups of version 4 (no segment totals yet) become the totals per
 * tier and per CSM of each account's current tier and CSM; answers of a key without an account count in none; a
 * second run changes nothing.
 */
@Data(CsatSegmentTotalsTaskTest.VersionFourSchema.class)
public class CsatSegmentTotalsTaskTest extends ActiveObjectsTestCase {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final DateWindow MARCH = new DateWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));

    /** The account and CSAT tables as model version 4 left them. */
    public static final class VersionFourSchema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(CsatResp.class, CsatDaily.class, AccountRow.class, AccountDomainRow.class, AccountOrgRow.class,
                    AccountAttrRow.class, ExternalIdClaim.class);
        }
    }

    @Test
    @NonTransactional
    public void shouldSumTheDailyRowsOfEachTiersAccountsWhenUpgradingFromVersionFour() {
        ao.migrate(CsatDaily.class, CsatSegmentDay.class);   // only for creating the accounts below
        AoAccountStore accounts = new AoAccountStore(ao);
        accounts.create(AccountFixtures.minimal("ACME"));   // SMB
        accounts.create(AccountFixtures.full("GLOBEX", "globex.example", 7, "g-1"));   // Enterprise
        ao.executeInTransaction(() -> ao.deleteWithSQL(CsatSegmentDay.class, CsatSegmentDay.ANSWERED_DAY + " IS NOT NULL"));
        CsatDailyRows.insert(ao, DAY, "ACME", "SUP", 1, 0, 0, 0, 2);
        CsatDailyRows.insert(ao, DAY, "GLOBEX", "SUP", 0, 0, 1, 0, 3);
        CsatDailyRows.insert(ao, DAY, "GLOBEX", null, 0, 1, 0, 0, 0);
        CsatDailyRows.insert(ao, DAY.plusDays(1), "ACME", "OPS", 0, 0, 0, 4, 0);
        CsatDailyRows.insert(ao, DAY, "GONE", "SUP", 5, 0, 0, 0, 0);   // answers of a key without an account

        for (int run = 0; run < 2; run++) {
            new CsatSegmentTotalsTask().upgrade(ModelVersion.valueOf("4"), ao);

            AoCsatStore store = new AoCsatStore(ao);
            assertThat(store.tierTotals(MARCH, Tier.SMB, Optional.empty())).as("run %d", run).containsExactly(
                    new DailyRatingCounts(DAY, RatingCounts.of(1, 0, 0, 0, 2)),
                    new DailyRatingCounts(DAY.plusDays(1), RatingCounts.of(0, 0, 0, 4, 0)));
            assertThat(store.tierTotals(MARCH, Tier.ENTERPRISE, Optional.empty())).containsExactly(
                    new DailyRatingCounts(DAY, RatingCounts.of(0, 1, 1, 0, 3)));
            assertThat(store.tierTotals(MARCH, Tier.ENTERPRISE, Optional.of("SUP"))).containsExactly(
                    new DailyRatingCounts(DAY, RatingCounts.of(0, 0, 1, 0, 3)));
            assertThat(store.tierTotals(MARCH, Tier.MID_MARKET, Optional.empty())).isEmpty();
            assertThat(store.csmTotals(MARCH, "csm-anna", Optional.empty())).as("GLOBEX's CSM").containsExactly(
                    new DailyRatingCounts(DAY, RatingCounts.of(0, 1, 1, 0, 3)));
        }
    }

    @Test
    @NonTransactional
    public void shouldLeaveTheTierTotalsAloneWhenTheModelIsAlreadyAtVersionFive() {
        ao.migrate(CsatDaily.class, CsatSegmentDay.class);
        new AoAccountStore(ao).create(AccountFixtures.minimal("ACME"));
        CsatDailyRows.insert(ao, DAY, "ACME", "SUP", 1, 0, 0, 0, 0);

        new CsatSegmentTotalsTask().upgrade(ModelVersion.valueOf("5"), ao);

        assertThat(new AoCsatStore(ao).tierTotals(MARCH, Tier.SMB, Optional.empty())).isEmpty();
    }
}
