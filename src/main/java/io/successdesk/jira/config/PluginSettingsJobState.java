package io.successdesk.jira.config;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.job.DailyJobState;
import io.successdesk.app.ticket.BackfillCursorStore;
import io.successdesk.app.ticket.BackfillProgress;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small job state in Jira's global plugin settings (database-backed, read by every node): the backfill cursor
 * ({@code Map<String,String>}) and the last snapshot day. Each is one value written whole. The snapshot day is written
 * only by the daily job and the cursor by backfill pages, each under its cluster lock, or by an admin's start, which
 * writes only while no backfill runs (two starts at the same instant: the later one wins, a whole cursor either way).
 * So no write can lose another's increment, and plugin settings are a sound home.
 * The "reconcile later" issue ids, which any node marks at any time, are an Active Objects table
 * ({@code io.successdesk.store.AoReconcileSet}).
 */
@Named
public class PluginSettingsJobState implements BackfillCursorStore, DailyJobState {

    static final String BACKFILL = PluginSettingsStore.PREFIX + "backfillCursor";
    static final String SNAPSHOT_DAY = PluginSettingsStore.PREFIX + "lastSnapshotDay";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsJobState(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
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
                    number(stored.get("total")), number(stored.get("failed")),
                    Optional.ofNullable(stored.get("lastProblem")).map(String::valueOf),
                    String.valueOf(stored.get("startedBy")),
                    Instant.parse(String.valueOf(stored.get("startedAt"))),
                    Instant.parse(String.valueOf(stored.get("updatedAt")))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A count stored by this version; 0 for a cursor stored before it was kept. */
    private static long number(Object stored) {
        return stored == null ? 0 : Long.parseLong(String.valueOf(stored));
    }

    @Override
    public void save(BackfillProgress progress) {
        Map<String, String> stored = new HashMap<>();
        stored.put("projects", String.join(",", progress.projectKeys()));
        stored.put("projectIndex", Integer.toString(progress.projectIndex()));
        stored.put("afterIssueId", Long.toString(progress.afterIssueId()));
        stored.put("processed", Long.toString(progress.processed()));
        stored.put("recorded", Long.toString(progress.recorded()));
        stored.put("total", Long.toString(progress.total()));
        stored.put("failed", Long.toString(progress.failed()));
        progress.lastProblem().ifPresent(problem -> stored.put("lastProblem", problem));
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
