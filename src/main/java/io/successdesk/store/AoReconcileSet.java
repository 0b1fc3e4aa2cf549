package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.ticket.ReconcileSet;
import io.successdesk.store.ao.ReconcileMark;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The "reconcile later" issue ids in {@code RECONCILE_MARK}, one row per issue, no cap. Two nodes marking the same
 * issue at once end with one row: the unique {@code ISSUE_ID} refuses the second insert, whose transaction is run
 * again and then finds the mark present.
 */
@Named
public class AoReconcileSet implements ReconcileSet {

    /** Largest batch {@link #pendingAfter} returns. */
    static final int MAX_PENDING = 1_000;

    private final ActiveObjects ao;

    @Inject
    public AoReconcileSet(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void mark(long issueId) {
        ConflictRetry.inTransaction(ao, () -> {
            if (ao.count(ReconcileMark.class, Query.select().where(ReconcileMark.ISSUE_ID + " = ?", issueId)) == 0) {
                ao.create(ReconcileMark.class, new DBParam(ReconcileMark.ISSUE_ID, issueId));
            }
            return null;
        });
    }

    @Override
    public List<Long> pendingAfter(long afterIssueId, int limit) {
        if (limit < 1 || limit > MAX_PENDING) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_PENDING + ", got " + limit);
        }
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ReconcileMark.class,
                        Query.select().where(ReconcileMark.ISSUE_ID + " > ?", afterIssueId)
                                .order(ReconcileMark.ISSUE_ID + " ASC").limit(limit)))
                .map(ReconcileMark::getIssueId).toList());
    }

    @Override
    public void done(long issueId) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(ReconcileMark.class, ReconcileMark.ISSUE_ID + " = ?", issueId));
    }
}
