package io.successdesk.store;

import io.successdesk.app.ticket.UnmatchedIssue;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.account.MatchRule;
import io.successdesk.store.ao.UnmatchedIssueRow;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Data(AoUnmatchedIssueStoreTest.Schema.class)
public class AoUnmatchedIssueStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(UnmatchedIssueRow.class);
        }
    }

    static final java.util.Set<String> SUP = java.util.Set.of("SUP", "OPS");
    static final Instant SEEN = Instant.parse("2026-03-02T09:00:00.123Z");

    static UnmatchedIssue none(long id) {
        return new UnmatchedIssue(id, "SUP-" + id, "SUP",
                new AccountResolution.Unmatched(AccountResolution.UnmatchedReason.NO_RULE_MATCHED), SEEN);
    }

    @Test
    public void shouldRoundTripBothKindsAndKeepOneRowPerIssue() {
        AoUnmatchedIssueStore store = new AoUnmatchedIssueStore(ao);
        UnmatchedIssue ambiguous = new UnmatchedIssue(7, "SUP-7", "SUP", new AccountResolution.Ambiguous(
                MatchRule.CUSTOM_FIELD, List.of("a \"quoted\", value"), List.of(AccountKey.of("GLOBEX"), AccountKey.of("ACME"))),
                SEEN);
        store.put(none(7));
        store.put(ambiguous);
        store.put(none(3));

        assertThat(store.page(SUP, 0, 10)).containsExactly(none(3), ambiguous);
        assertThat(ao.count(UnmatchedIssueRow.class)).isEqualTo(2);
        assertThat(store.count(SUP)).isEqualTo(2);
    }

    @Test
    public void shouldPageByIssueIdAfterTheLastSeenAndForgetWhatIsRemoved() {
        AoUnmatchedIssueStore store = new AoUnmatchedIssueStore(ao);
        for (long id = 1; id <= 5; id++) {
            store.put(none(id * 10));
        }
        assertThat(store.page(SUP, 0, 2)).extracting(UnmatchedIssue::issueId).containsExactly(10L, 20L);
        assertThat(store.page(SUP, 20, 2)).extracting(UnmatchedIssue::issueId).containsExactly(30L, 40L);
        store.remove(30);
        store.remove(99);
        assertThat(store.page(SUP, 20, 2)).extracting(UnmatchedIssue::issueId).containsExactly(40L, 50L);
        assertThat(store.page(SUP, 50, 2)).isEmpty();
        assertThat(store.count(SUP)).isEqualTo(4);
        store.put(new UnmatchedIssue(60, "OLD-60", "OLD", none(60).resolution(), SEEN));
        assertThat(store.page(SUP, 50, 2)).as("a project that is no support project now").isEmpty();
        assertThat(store.page(java.util.Set.of("OLD"), 0, 2)).extracting(UnmatchedIssue::issueKey).containsExactly("OLD-60");
        assertThat(store.count(SUP)).isEqualTo(4);
        assertThat(store.page(java.util.Set.of(), 0, 2)).isEmpty();
    }
}
