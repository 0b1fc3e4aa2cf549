package io.successdesk.store;

import io.successdesk.app.change.AccountChangeLog;
import io.successdesk.app.change.AccountChangeSignal;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.store.ao.AccountChange;
import io.successdesk.store.ao.PanelSummaryRow;
import io.successdesk.store.ao.ReconcileMark;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoAccountChangeLogTest.Schema.class)
public class AoAccountChangeLogTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(AccountChange.class, PanelSummaryRow.class, ReconcileMark.class);
        }
    }

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");

    private AoAccountChangeLog log;

    @Before
    public void createStore() {
        log = new AoAccountChangeLog(ao);
    }

    @Test
    public void shouldListEachMarkedAccountOnceLongestWaitingFirstWithItsNewestMark() {
        log.mark(ACME);
        log.mark(GLOBEX);
        log.mark(ACME);

        List<AccountChangeLog.Pending> pending = log.pending(10);

        assertThat(pending).extracting(AccountChangeLog.Pending::account).containsExactly(ACME, GLOBEX);
        assertThat(pending.get(0).upTo()).isGreaterThan(pending.get(1).upTo());
        assertThat(log.pending(1)).extracting(AccountChangeLog.Pending::account).containsExactly(ACME);
    }

    @Test
    public void shouldKeepAMarkMadeAfterThePendingAccountWasRead() {
        log.mark(ACME);
        AccountChangeLog.Pending read = log.pending(10).get(0);
        log.mark(ACME);   // a write lands while the processor brings ACME current

        log.done(read);

        assertThat(log.pending(10)).extracting(AccountChangeLog.Pending::account).containsExactly(ACME);
        log.done(log.pending(10).get(0));
        assertThat(log.pending(10)).isEmpty();
    }

    @Test
    public void shouldFindTheMarksOfAnotherNodeOrOfANodeThatCrashed() {
        log.mark(ACME);

        AoAccountChangeLog restarted = new AoAccountChangeLog(ao);

        assertThat(restarted.pending(10)).extracting(AccountChangeLog.Pending::account).containsExactly(ACME);
    }

    @Test
    public void shouldWriteNeitherTheWriteNorItsMarkWhenTheWriteFails() {
        AccountChanges changes = new AccountChanges(new AoTransactions(ao), log, new AccountChangeSignal());

        assertThatThrownBy(() -> changes.write(changed -> {
            ao.create(ReconcileMark.class, new DBParam(ReconcileMark.ISSUE_ID, 42L));
            changed.add(ACME);
            throw new IllegalStateException("the write failed half-way");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ao.count(ReconcileMark.class)).isZero();
        assertThat(log.pending(10)).isEmpty();
    }

    @Test
    public void shouldMakeTheStoredPanelSummaryOutOfDateWithTheWritesMarkAlone() {
        AoPanelSummaryStore summaries = new AoPanelSummaryStore(ao);
        summaries.put(AoPanelSummaryStoreTest.full(ACME, AoPanelSummaryStoreTest.T0), log.newestMark(ACME));
        AccountChanges changes = new AccountChanges(new AoTransactions(ao), log, new AccountChangeSignal());
        assertThat(summaries.get(ACME)).isPresent();

        long written = changes.write(ACME, () -> ao.create(ReconcileMark.class,
                new DBParam(ReconcileMark.ISSUE_ID, 7L)).getIssueId());

        assertThat(written).isEqualTo(7L);
        assertThat(log.pending(10)).extracting(AccountChangeLog.Pending::account).containsExactly(ACME);
        assertThat(summaries.get(ACME)).as("the summary predates the write").isEmpty();
        assertThat(ao.count(PanelSummaryRow.class)).as("the write touched no row the processor writes").isEqualTo(1);
    }

    @Test
    @NonTransactional
    public void shouldKeepEveryMarkWhenTwoNodesMarkTheSameAccountAtOnce() throws Exception {
        int marksPerThread = 40;
        AoCsatStoreTest.inTwoThreads(thread -> {
            for (int i = 0; i < marksPerThread; i++) {
                log.mark(ACME);
            }
            return true;
        });

        assertThat(ao.count(AccountChange.class)).isEqualTo(2 * marksPerThread);
        List<AccountChangeLog.Pending> pending = log.pending(10);
        assertThat(pending).extracting(AccountChangeLog.Pending::account).containsExactly(ACME);
        log.done(pending.get(0));
        assertThat(ao.count(AccountChange.class)).isZero();
    }

    @Test
    public void shouldRefuseABatchSizeOutsideTheLimits() {
        assertThatThrownBy(() -> log.pending(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.pending(AccountChangeLog.MAX_PENDING + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
