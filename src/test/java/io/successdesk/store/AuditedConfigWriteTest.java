package io.successdesk.store;

import io.successdesk.app.config.SettingsPart;
import io.successdesk.app.config.SettingsService;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.store.ao.AuditRow;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A configuration change and its audit entry commit together: when the settings cannot be written, no entry claims
 * they were; when the entry cannot be written, the settings stay as they were; otherwise exactly one entry says so.
 * Real audit log, real transactions.
 */
@Data(AuditedConfigWriteTest.Schema.class)
public class AuditedConfigWriteTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(AuditRow.class);
        }
    }

    /** Settings kept in memory that can be told to fail their next write, as a database or cluster hiccup would. */
    static final class FlakySettings implements SettingsStore {
        private SuccessDeskSettings stored = SuccessDeskSettings.defaults();
        boolean failNextWrite;

        @Override
        public SuccessDeskSettings load() {
            return stored;
        }

        @Override
        public void save(SuccessDeskSettings settings, Set<SettingsPart> parts) {
            if (failNextWrite) {
                failNextWrite = false;
                throw new IllegalStateException("plugin settings unavailable");
            }
            stored = settings;  // the test changes only the access part, the rest stays at defaults
        }
    }

    @Test
    @NonTransactional
    public void shouldKeepNoAuditEntryForAConfigChangeThatWasNotWritten() {
        FlakySettings settings = new FlakySettings();
        SettingsService service = new SettingsService(settings, new AoAuditLog(ao),
                Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC), new AoTransactions(ao));
        SuccessDeskSettings next = withSupportProjects(Set.of("SUP"));

        settings.failNextWrite = true;
        assertThatThrownBy(() -> service.save(next, SettingsPart.ACCESS, "admin"))
                .hasMessageContaining("plugin settings unavailable");
        assertThat(ao.count(AuditRow.class)).isZero();
        assertThat(settings.load().supportProjectKeys()).isEmpty();

        service.save(next, SettingsPart.ACCESS, "admin");
        assertThat(ao.count(AuditRow.class)).isEqualTo(1);
        assertThat(settings.load().supportProjectKeys()).containsExactly("SUP");
    }

    @Test
    @NonTransactional
    public void shouldLeaveTheSettingsAsTheyWereWhenTheChangeCannotBeAudited() {
        FlakySettings settings = new FlakySettings();
        SettingsService service = new SettingsService(settings,
                new AoAuditLog(InterceptedActiveObjects.around(ao, InterceptedActiveObjects.failOnCreate(AuditRow.class))),
                Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC), new AoTransactions(ao));

        assertThatThrownBy(() -> service.save(withSupportProjects(Set.of("SUP")), SettingsPart.ACCESS, "admin"))
                .hasMessageContaining("injected failure");

        assertThat(settings.load().supportProjectKeys()).as("an unaudited change is no change").isEmpty();
        assertThat(ao.count(AuditRow.class)).isZero();
    }

    private static SuccessDeskSettings withSupportProjects(Set<String> keys) {
        SuccessDeskSettings d = SuccessDeskSettings.defaults();
        return new SuccessDeskSettings(keys, d.csmGroups(), d.viewerGroups(), d.financialViewerGroups(),
                d.ctaProject(), d.surveyProjectKeys());
    }
}
