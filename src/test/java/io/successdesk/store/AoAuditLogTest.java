package io.successdesk.store;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.store.ao.AuditRow;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@Data(AoAuditLogTest.Schema.class)
public class AoAuditLogTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(AuditRow.class);
        }
    }

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123Z");

    private AoAuditLog log;

    @Before
    public void createLog() {
        log = new AoAuditLog(ao);
    }

    @Test
    public void shouldRoundTripAnEntryWithLongStates() {
        AuditEntry entry = new AuditEntry(T0, "admin", "account.update", "account", "ACME",
                Optional.of("name=Acme; tier=SMB; " + "x".repeat(3000)), Optional.of("name=Acme Corp; tier=Enterprise"));
        log.record(entry);
        assertThat(log.recent(PageRequest.first(10)).items()).containsExactly(entry);
    }

    @Test
    public void shouldStoreBlankStatesAsAbsent() {
        log.record(new AuditEntry(T0, AuditEntry.SYSTEM_ACTOR, "account.create", "account", "ACME",
                Optional.of("  "), Optional.empty()));
        AuditEntry stored = log.recent(PageRequest.first(1)).items().get(0);
        assertThat(stored.before()).isEmpty();
        assertThat(stored.after()).isEmpty();
    }

    @Test
    public void shouldListNewestFirstInPagesWithInsertionOrderBreakingTies() {
        List<AuditEntry> recorded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = i == 6 ? T0.plusSeconds(5) : T0.plusSeconds(i);   // entries 5 and 6 share a second
            AuditEntry entry = new AuditEntry(at, "user-" + i, "account.update", "account", "K" + i,
                    Optional.empty(), Optional.of("n=" + i));
            recorded.add(entry);
            log.record(entry);
        }
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        Page<AuditEntry> page;
        do {
            page = log.recent(request);
            assertThat(page.total()).isEqualTo(7);
            page.items().forEach(e -> seen.add(e.subjectId()));
            request = request.next();
        } while (page.hasMore());
        assertThat(seen).containsExactly("K6", "K5", "K4", "K3", "K2", "K1", "K0");
    }
}
