package io.successdesk.app.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a ledger rebuild stands: the projects chosen, the cursor (project index and last issue id done), counts,
 * and whether it has finished. Stored after every page, so a rebuild resumes where it stopped.
 *
 * @param projectKeys   the projects to rebuild, in order
 * @param projectIndex  the project being read, {@code projectKeys.size()} when finished
 * @param afterIssueId  the last issue id done in that project, 0 before its first
 * @param processed     issues read so far
 * @param recorded      issues that now have a ledger row
 * @param total         issues the projects had when the rebuild first ran, 0 until counted
 * @param failed        issues whose update failed (marked for the daily reconcile and skipped)
 * @param lastProblem   what went wrong with the last of those, for the admin page
 * @param startedBy     who started it (user key)
 * @param startedAt     when
 * @param updatedAt     when the cursor last moved
 */
public record BackfillProgress(List<String> projectKeys, int projectIndex, long afterIssueId, long processed,
                               long recorded, long total, long failed, Optional<String> lastProblem, String startedBy,
                               Instant startedAt, Instant updatedAt) {

    /** Longest problem text kept. */
    public static final int MAX_PROBLEM_LENGTH = 300;

    public BackfillProgress {
        projectKeys = List.copyOf(projectKeys);
        Objects.requireNonNull(lastProblem, "lastProblem");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (projectIndex < 0 || projectIndex > projectKeys.size() || afterIssueId < 0 || processed < 0 || recorded < 0
                || total < 0 || failed < 0) {
            throw new IllegalArgumentException("inconsistent backfill cursor");
        }
        lastProblem = lastProblem.map(text -> text.length() > MAX_PROBLEM_LENGTH
                ? text.substring(0, MAX_PROBLEM_LENGTH - 1) + "…" : text);
    }

    /** A rebuild of {@code projectKeys} that has read nothing yet. */
    public static BackfillProgress started(List<String> projectKeys, String startedBy, Instant now) {
        return new BackfillProgress(projectKeys, 0, 0, 0, 0, 0, 0, Optional.empty(), startedBy, now, now);
    }

    public boolean finished() {
        return projectIndex == projectKeys.size();
    }

    /** The project being read; only while not finished. */
    public String currentProject() {
        return projectKeys.get(projectIndex);
    }

    /**
     * How long the rest should take at the pace so far (issues read per second since it started); empty when
     * finished, not yet counted or nothing read yet.
     */
    public Optional<Duration> timeLeft() {
        Duration elapsed = Duration.between(startedAt, updatedAt);
        if (finished() || total == 0 || processed == 0 || elapsed.isZero() || elapsed.isNegative()) {
            return Optional.empty();
        }
        long remaining = Math.max(0, total - processed);
        return Optional.of(Duration.ofMillis(Math.round((double) elapsed.toMillis() * remaining / processed)));
    }
}
