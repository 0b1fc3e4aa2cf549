package io.successdesk.app.ticket;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.issue.IssueReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
  * Rebuilds the ledger from the host for chosen support projects (docs/product.md §3): page by page, the cursor stored
  * after
 * each page so a stopped rebuild resumes, progress readable by the admin page. Each issue goes through the same
 * update as a live event, so running a rebuild twice leaves the same ledger. An issue whose update fails is marked for
 * the daily reconcile ({@link ReconcileSet}) and skipped, so the page and the rebuild move on past it.
 */
@Named
public class BackfillService {

    public static final int PAGE_SIZE = 200;
    private static final Logger LOG = Logger.getLogger(BackfillService.class.getName());

    private final IssueReader issues;
    private final TicketEventService tickets;
    private final BackfillCursorStore cursor;
    private final SettingsStore settings;
    private final ReconcileSet reconcile;
    private final Clock clock;

    @Inject
    public BackfillService(IssueReader issues, TicketEventService tickets, BackfillCursorStore cursor,
                           SettingsStore settings, ReconcileSet reconcile, Clock clock) {
        this.issues = issues;
        this.tickets = tickets;
        this.cursor = cursor;
        this.settings = settings;
        this.reconcile = reconcile;
        this.clock = clock;
    }

    /**
     * Starts a rebuild of {@code projectKeys} (support projects only). While one is running, returns it unchanged
     * (starting twice is harmless); after one finished, starts afresh.
     */
    public BackfillProgress start(List<String> projectKeys, String actor) {
        Optional<BackfillProgress> current = cursor.load();
        if (current.isPresent() && !current.get().finished()) {
            return current.get();
        }
        Set<String> chosen = new LinkedHashSet<>(projectKeys);
        if (chosen.isEmpty()) {
            throw new InvalidInputException("projects", "choose at least one support project");
        }
        for (String project : chosen) {
            if (!settings.load().isSupportProject(project)) {
                throw new InvalidInputException("projects", project + " is not a support project");
            }
        }
        BackfillProgress started = BackfillProgress.started(List.copyOf(chosen), actor, clock.instant());
        cursor.save(started);
        return started;
    }

    /** The current or last rebuild. */
    public Optional<BackfillProgress> progress() {
        return cursor.load();
    }

    /**
     * Processes up to {@code pages} pages of the running rebuild, storing the cursor after each; returns the progress
     * (empty when none was ever started). Each issue goes the account-changed path, whose processor coalesces the
     * accounts a page touches.
     */
    public Optional<BackfillProgress> runPages(int pages) {
        Optional<BackfillProgress> loaded = cursor.load();
        if (loaded.isEmpty()) {
            return loaded;
        }
        BackfillProgress progress = loaded.get();
        if (!progress.finished() && progress.total() == 0 && progress.processed() == 0) {
            progress = counted(progress);
            cursor.save(progress);
        }
        for (int page = 0; page < pages && !progress.finished(); page++) {
            progress = runPage(progress);
            cursor.save(progress);
        }
        return Optional.of(progress);
    }

    /** The rebuild with its total: the issues its projects have now, counted once, by the job, before its first page. */
    private BackfillProgress counted(BackfillProgress progress) {
        long total = 0;
        for (String project : progress.projectKeys()) {
            total += issues.issueCountOf(project);
        }
        return new BackfillProgress(progress.projectKeys(), progress.projectIndex(), progress.afterIssueId(),
                progress.processed(), progress.recorded(), total, progress.failed(), progress.lastProblem(),
                progress.startedBy(), progress.startedAt(), progress.updatedAt());
    }

    private BackfillProgress runPage(BackfillProgress progress) {
        List<Long> ids = issues.issueIdsOf(progress.currentProject(), progress.afterIssueId(), PAGE_SIZE);
        long recorded = progress.recorded();
        long failed = progress.failed();
        Optional<String> lastProblem = progress.lastProblem();
        for (long issueId : ids) {
            try {
                if (tickets.issueChanged(issueId) instanceof TicketEventService.Outcome.Recorded) {
                    recorded++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SuccessDesk could not rebuild issue " + issueId
                        + "; it is marked for the daily reconcile and skipped", e);
                reconcile.mark(issueId);
                failed++;
                lastProblem = Optional.of("issue " + issueId + " (" + progress.currentProject() + "): "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        boolean projectDone = ids.size() < PAGE_SIZE;
        int index = projectDone ? progress.projectIndex() + 1 : progress.projectIndex();
        long after = projectDone ? 0 : ids.get(ids.size() - 1);
        return new BackfillProgress(progress.projectKeys(), index, after, progress.processed() + ids.size(), recorded,
                progress.total(), failed, lastProblem, progress.startedBy(), progress.startedAt(), clock.instant());
    }
}
