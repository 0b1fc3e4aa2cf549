package io.successdesk.jira.config;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.job.DailyJobState;
import io.successdesk.app.sync.BackfillCursorStore;
import io.successdesk.app.sync.BackfillProgress;
import io.successdesk.app.sync.ReconcileSet;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The small job state in Jira's global plugin settings (database-backed, read by every node): the "reconcile later"
 * issue ids (a {@code List<String>}, capped at {@value #MAX_RECONCILE} ids — beyond that the oldest marks are kept
 * and the newest dropped, which the next backfill repairs), the backfill cursor ({@code Map<String,String>}) and the
 * last snapshot day. Writes are read-modify-write of one value: two nodes marking at the same instant can lose a
 * mark, which a later event or backfill repairs. An Active Objects table is the long-term home.
 */
@Named
public class PluginSettingsJobState implements ReconcileSet, BackfillCursorStore, DailyJobState {

    public static final int MAX_RECONCILE = 5_000;
    static final String RECONCILE = PluginSettingsStore.PREFIX + "reconcileIssueIds";
    static final String BACKFILL = PluginSettingsStore.PREFIX + "backfillCursor";
    static final String SNAPSHOT_DAY = PluginSettingsStore.PREFIX + "lastSnapshotDay";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsJobState(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public synchronized void mark(long issueId) {
        TreeSet<Long> ids = reconcileIds();
        if (ids.size() < MAX_RECONCILE && ids.add(issueId)) {
            settings().put(RECONCILE, ids.stream().map(String::valueOf).toList());
        }
    }

    @Override
    public synchronized List<Long> pending(int limit) {
        return reconcileIds().stream().limit(limit).toList();
    }

    @Override
    public synchronized void done(long issueId) {
        TreeSet<Long> ids = reconcileIds();
        if (ids.remove(issueId)) {
            settings().put(RECONCILE, ids.stream().map(String::valueOf).toList());
        }
    }

    private TreeSet<Long> reconcileIds() {
        TreeSet<Long> ids = new TreeSet<>();
        if (settings().get(RECONCILE) instanceof List<?> stored) {
            for (Object value : stored) {
                try {
                    ids.add(Long.parseLong(String.valueOf(value)));
                } catch (NumberFormatException ignored) {
                    // not ours; dropped on the next write
                }
            }
        }
        return ids;
    }

    @Override
    public Optional<BackfillProgress> load() {
        if (!(settings().get(BACKFILL) instanceof Map<?, ?> stored)) {
            return Optional.empty();
        }
        try {
            String projects = String.valueOf(stored.get("projects"));
            return Optional.of(new BackfillProgress(
                    projects.isEmpty() ? List.of() : Arrays.asList(projects.split(",")),
                    Integer.parseInt(String.valueOf(stored.get("projectIndex"))),
                    Long.parseLong(String.valueOf(stored.get("afterIssueId"))),
                    Long.parseLong(String.valueOf(stored.get("processed"))),
                    Long.parseLong(String.valueOf(stored.get("recorded"))),
                    String.valueOf(stored.get("startedBy")),
                    Instant.parse(String.valueOf(stored.get("startedAt"))),
                    Instant.parse(String.valueOf(stored.get("updatedAt")))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void save(BackfillProgress progress) {
        Map<String, String> stored = new HashMap<>();
        stored.put("projects", String.join(",", progress.projectKeys()));
        stored.put("projectIndex", Integer.toString(progress.projectIndex()));
        stored.put("afterIssueId", Long.toString(progress.afterIssueId()));
        stored.put("processed", Long.toString(progress.processed()));
        stored.put("recorded", Long.toString(progress.recorded()));
        stored.put("startedBy", progress.startedBy());
        stored.put("startedAt", progress.startedAt().toString());
        stored.put("updatedAt", progress.updatedAt().toString());
        settings().put(BACKFILL, stored);
    }

    @Override
    public Optional<LocalDate> lastSnapshotDay() {
        Object stored = settings().get(SNAPSHOT_DAY);
        try {
            return stored == null ? Optional.empty() : Optional.of(LocalDate.parse(String.valueOf(stored)));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void snapshotDone(LocalDate day) {
        settings().put(SNAPSHOT_DAY, day.toString());
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
