package io.successdesk.app.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a ledger rebuild stands: the projects chosen, the cursor (project index and last issue id done), counts,
 * and whether it has finished. Stored after every page, so a rebuild resumes where it stopped.
 *
 * @param projectKeys   the projects to rebuild, in order
 * @param projectIndex  the project being read, {@code projectKeys.size()} when finished
 * @param afterIssueId  the last issue id done in that project, 0 before its first
 * @param processed     issues read so far
 * @param recorded      issues that now have a ledger row
 * @param startedBy     who started it (user key)
 * @param startedAt     when
 * @param updatedAt     when the cursor last moved
 */
public record BackfillProgress(List<String> projectKeys, int projectIndex, long afterIssueId, long processed,
                               long recorded, String startedBy, Instant startedAt, Instant updatedAt) {

    public BackfillProgress {
        projectKeys = List.copyOf(projectKeys);
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (projectIndex < 0 || projectIndex > projectKeys.size() || afterIssueId < 0 || processed < 0 || recorded < 0) {
            throw new IllegalArgumentException("inconsistent backfill cursor");
        }
    }

    public boolean finished() {
        return projectIndex == projectKeys.size();
    }

    /** The project being read; only while not finished. */
    public String currentProject() {
        return projectKeys.get(projectIndex);
    }
}
