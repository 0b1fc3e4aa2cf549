package io.successdesk.store;

import io.successdesk.store.ao.ReconcileMark;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoReconcileSetTest.Schema.class)
public class AoReconcileSetTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(ReconcileMark.class);
        }
    }

    private AoReconcileSet marks;

    @Before
    public void createStore() {
        marks = new AoReconcileSet(ao);
    }

    @Test
    public void shouldListMarkedIssuesOnceAscendingUpToTheLimit() {
        for (long issueId : new long[] {30, 10, 20, 10, 10_000_000_000L, 30}) {
            marks.mark(issueId);
        }

        assertThat(marks.pending(10)).containsExactly(10L, 20L, 30L, 10_000_000_000L);
        assertThat(marks.pending(2)).containsExactly(10L, 20L);
        assertThat(ao.count(ReconcileMark.class)).isEqualTo(4);
    }

    @Test
    public void shouldListTheMarkedIssuesAfterACursor() {
        for (long issueId : new long[] {30, 10, 20, 10_000_000_000L}) {
            marks.mark(issueId);
        }

        assertThat(marks.pendingAfter(10, 2)).containsExactly(20L, 30L);
        assertThat(marks.pendingAfter(30, 10)).containsExactly(10_000_000_000L);
        assertThat(marks.pendingAfter(10_000_000_000L, 10)).isEmpty();
        assertThat(marks.pendingAfter(Long.MIN_VALUE, 1)).containsExactly(10L);
    }

    @Test
    public void shouldForgetAnIssueWhenDone() {
        marks.mark(1);
        marks.mark(2);
        marks.done(1);
        marks.done(99);

        assertThat(marks.pending(10)).containsExactly(2L);
    }

    @Test
    public void shouldKeepEveryMarkBeyondTheOldPluginSettingsCap() {
        int count = 5_001;
        ao.executeInTransaction(() -> {
            LongStream.rangeClosed(1, count).forEach(marks::mark);
            return null;
        });

        assertThat(ao.count(ReconcileMark.class)).isEqualTo(count);
        List<Long> drained = new ArrayList<>();
        List<Long> batch;
        while (!(batch = marks.pending(AoReconcileSet.MAX_PENDING)).isEmpty()) {
            drained.addAll(batch);
            batch.forEach(marks::done);
        }
        assertThat(drained).hasSize(count).isSorted().doesNotHaveDuplicates().endsWith((long) count);
    }

    @Test
    public void shouldRefuseABatchSizeOutsideTheLimits() {
        assertThatThrownBy(() -> marks.pending(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> marks.pending(AoReconcileSet.MAX_PENDING + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @NonTransactional
    public void shouldKeepOneMarkPerIssueWhenTwoNodesMarkTheSameIssuesAtOnce() throws Exception {
        int issues = 30;
        AoCsatStoreTest.inTwoThreads(thread -> {
            for (long issueId = 1; issueId <= issues; issueId++) {
                marks.mark(issueId);
            }
            return true;
        });

        assertThat(ao.count(ReconcileMark.class)).isEqualTo(issues);
        assertThat(marks.pending(100)).hasSize(issues).isSorted();
    }
}
