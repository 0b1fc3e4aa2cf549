package io.successdesk.app.audit;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;

/** Port: the append-only audit trail of every state change (docs/product.md §10). */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first. */
    default Page<AuditEntry> recent(PageRequest page) {
        return find(AuditQuery.ALL, page);
    }

    /** The entries the query lists, newest first, one page with the total count. */
    Page<AuditEntry> find(AuditQuery query, PageRequest page);
}
