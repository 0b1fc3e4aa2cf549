package io.successdesk.store;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.store.ao.ManualLink;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Data(AoManualLinkStoreTest.Schema.class)
public class AoManualLinkStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(ManualLink.class);
        }
    }

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");

    private AoManualLinkStore store;

    @Before
    public void createStore() {
        store = new AoManualLinkStore(ao);
    }

    @Test
    public void shouldReadBackTheLinkOfEachIssueWhenPut() {
        store.put(10_000_000_001L, ACME);
        store.put(7, GLOBEX);

        assertThat(store.linkOf(10_000_000_001L)).contains(ACME);
        assertThat(store.linkOf(7)).contains(GLOBEX);
        assertThat(store.linkOf(8)).isEmpty();
    }

    @Test
    public void shouldKeepOneRowPerIssueWhenTheLinkIsReplaced() {
        store.put(7, ACME);
        store.put(7, GLOBEX);
        store.put(7, GLOBEX);

        assertThat(store.linkOf(7)).contains(GLOBEX);
        assertThat(ao.count(ManualLink.class)).isEqualTo(1);
    }

    @Test
    public void shouldRemoveTheLinkAndSayWhetherThereWasOne() {
        store.put(7, ACME);
        store.put(8, ACME);

        assertThat(store.remove(7)).isTrue();
        assertThat(store.remove(7)).isFalse();
        assertThat(store.linkOf(7)).isEmpty();
        assertThat(store.linkOf(8)).contains(ACME);
    }

    @Test
    @NonTransactional
    public void shouldEndWithOneRowPerIssueWhenTwoThreadsLinkTheSameNewIssuesAtOnce() throws Exception {
        int issues = 20;
        AoCsatStoreTest.inTwoThreads(thread -> {
            for (long issueId = 1; issueId <= issues; issueId++) {
                store.put(issueId, thread.equals("t1") ? ACME : GLOBEX);
            }
            return true;
        });

        assertThat(ao.count(ManualLink.class)).isEqualTo(issues);
        for (long issueId = 1; issueId <= issues; issueId++) {
            assertThat(store.linkOf(issueId)).get().isIn(ACME, GLOBEX);
        }
    }
}
