package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.successdesk.app.ticket.UnmatchedIssue;
import io.successdesk.app.ticket.UnmatchedIssueStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.account.MatchRule;
import io.successdesk.store.ao.UnmatchedIssueRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static io.successdesk.store.ao.UnmatchedIssueRow.ISSUE_ID;

/**
 * The issues without an account in {@code UNMATCHED_ISSUE_ROW}. {@link #put} is check-then-insert on the unique
 * {@code ISSUE_ID}, retried as the ticket ledger's upsert is, so one row per issue remains when two nodes record it.
 */
@Named
public class AoUnmatchedIssueStore implements UnmatchedIssueStore {

    private static final String UNMATCHED = "UNMATCHED";
    private static final String AMBIGUOUS = "AMBIGUOUS";

    private final ActiveObjects ao;

    @Inject
    public AoUnmatchedIssueStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void put(UnmatchedIssue issue) {
        Objects.requireNonNull(issue, "issue");
        ConflictRetry.inTransaction(ao, () -> {
            Map<String, Object> columns = columns(issue);
            Optional<UnmatchedIssueRow> existing = row(issue.issueId());
            if (existing.isPresent()) {
                UnmatchedIssueRow row = existing.get();
                row.setIssueKey(issue.issueKey());
                row.setProjectKey(issue.projectKey());
                row.setState((String) columns.get(UnmatchedIssueRow.STATE));
                row.setReason((String) columns.get(UnmatchedIssueRow.REASON));
                row.setClaimed((String) columns.get(UnmatchedIssueRow.CLAIMED));
                row.setCandidates((String) columns.get(UnmatchedIssueRow.CANDIDATES));
                row.setSeenAt(issue.seenAt().toEpochMilli());
                row.save();
            } else {
                ao.create(UnmatchedIssueRow.class, columns);
            }
            return null;
        });
    }

    @Override
    public void remove(long issueId) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(UnmatchedIssueRow.class, ISSUE_ID + " = ?", issueId));
    }

    @Override
    public List<UnmatchedIssue> page(Set<String> projects, long afterIssueId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_PAGE + ", got " + limit);
        }
        if (projects.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(projects);
        parameters.add(afterIssueId);
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(UnmatchedIssueRow.class, Query.select()
                        .where(inProjects(projects) + " AND " + ISSUE_ID + " > ?", parameters.toArray())
                        .order(ISSUE_ID + " ASC").limit(limit)))
                .map(AoUnmatchedIssueStore::toIssue).toList());
    }

    @Override
    public long count(Set<String> projects) {
        if (projects.isEmpty()) {
            return 0;
        }
        return ao.executeInTransaction(() -> (long) ao.count(UnmatchedIssueRow.class,
                Query.select().where(inProjects(projects), projects.toArray())));
    }

    private static String inProjects(Set<String> projects) {
        return UnmatchedIssueRow.PROJECT_KEY + " IN (" + String.join(", ", java.util.Collections.nCopies(projects.size(), "?")) + ")";
    }

    private Optional<UnmatchedIssueRow> row(long issueId) {
        UnmatchedIssueRow[] rows = ao.find(UnmatchedIssueRow.class, Query.select().where(ISSUE_ID + " = ?", issueId).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static Map<String, Object> columns(UnmatchedIssue issue) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(ISSUE_ID, issue.issueId());
        columns.put(UnmatchedIssueRow.ISSUE_KEY, issue.issueKey());
        columns.put(UnmatchedIssueRow.PROJECT_KEY, issue.projectKey());
        columns.put(UnmatchedIssueRow.SEEN_AT, issue.seenAt().toEpochMilli());
        if (issue.resolution() instanceof AccountResolution.Ambiguous ambiguous) {
            columns.put(UnmatchedIssueRow.STATE, AMBIGUOUS);
            columns.put(UnmatchedIssueRow.REASON, ambiguous.rule().name());
            columns.put(UnmatchedIssueRow.CLAIMED, json(ambiguous.claimed()));
            columns.put(UnmatchedIssueRow.CANDIDATES, json(ambiguous.candidates().stream().map(AccountKey::value).toList()));
        } else {
            columns.put(UnmatchedIssueRow.STATE, UNMATCHED);
            columns.put(UnmatchedIssueRow.REASON, ((AccountResolution.Unmatched) issue.resolution()).reason().name());
            columns.put(UnmatchedIssueRow.CLAIMED, null);
            columns.put(UnmatchedIssueRow.CANDIDATES, null);
        }
        return columns;
    }

    private static UnmatchedIssue toIssue(UnmatchedIssueRow row) {
        AccountResolution resolution = AMBIGUOUS.equals(row.getState())
                ? new AccountResolution.Ambiguous(MatchRule.valueOf(row.getReason()), strings(row.getClaimed()),
                        strings(row.getCandidates()).stream().map(AccountKey::of).toList())
                : new AccountResolution.Unmatched(AccountResolution.UnmatchedReason.valueOf(row.getReason()));
        return new UnmatchedIssue(row.getIssueId(), row.getIssueKey(), row.getProjectKey(), resolution,
                Instant.ofEpochMilli(row.getSeenAt()));
    }

    private static String json(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array.toString();
    }

    private static List<String> strings(String json) {
        List<String> values = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(json).getAsJsonArray()) {
            values.add(element.getAsString());
        }
        return values;
    }
}
