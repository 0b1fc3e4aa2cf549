package io.successdesk.store.ao.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import io.successdesk.domain.voc.DailyRatingCounts;
import io.successdesk.domain.voc.RatingCounts;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.store.AoCsatStore;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatResp;
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
 * Model version 4 on a real database: the daily rollups an earlier version kept (no totals table yet) become the day
 * totals the trend over every account reads; a second run changes nothing.
 */
@Data(CsatDayTotalsTaskTest.VersionThreeSchema.class)
public class CsatDayTotalsTaskTest extends ActiveObjectsTestCase {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final DateWindow MARCH = new DateWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));

    /** The CSAT tables as model version 3 left them. */
    public static final class VersionThreeSchema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(CsatResp.class, CsatDaily.class);
        }
    }

    @Test
    @NonTransactional
    public void shouldSumTheDailyRowsOfEveryAccountIntoDayTotalsWhenUpgradingFromVersionThree() {
        CsatDailyRows.insert(ao, DAY, "ACME", "SUP", 1, 0, 0, 0, 2);
        CsatDailyRows.insert(ao, DAY, "GLOBEX", "SUP", 0, 0, 1, 0, 3);
        CsatDailyRows.insert(ao, DAY, "GLOBEX", null, 0, 1, 0, 0, 0);
        CsatDailyRows.insert(ao, DAY.plusDays(1), "ACME", "OPS", 0, 0, 0, 4, 0);
        CsatDailyRows.insert(ao, DAY.plusDays(2), "ACME", "OPS", 0, 0, 0, 0, 0);   // a row a correction emptied

        for (int run = 0; run < 2; run++) {
            new CsatDayTotalsTask().upgrade(ModelVersion.valueOf("3"), ao);

            AoCsatStore store = new AoCsatStore(ao);
            assertThat(store.dailyTotals(MARCH, Optional.empty())).as("run %d", run).containsExactly(
                    new DailyRatingCounts(DAY, RatingCounts.of(1, 1, 1, 0, 5)),
                    new DailyRatingCounts(DAY.plusDays(1), RatingCounts.of(0, 0, 0, 4, 0)));
            assertThat(store.dailyTotals(MARCH, Optional.of("SUP"))).containsExactly(
                    new DailyRatingCounts(DAY, RatingCounts.of(1, 0, 1, 0, 5)));
        }
    }

    @Test
    @NonTransactional
    public void shouldLeaveTheTotalsAloneWhenTheModelIsAlreadyAtVersionFour() {
        CsatDailyRows.insert(ao, DAY, "ACME", "SUP", 1, 0, 0, 0, 0);
        new CsatDayTotalsTask().upgrade(ModelVersion.valueOf("4"), ao);
        ao.migrate(CsatResp.class, CsatDaily.class, io.successdesk.store.ao.CsatDayTotal.class);

        assertThat(new AoCsatStore(ao).dailyTotals(MARCH, Optional.empty())).isEmpty();
    }
}
