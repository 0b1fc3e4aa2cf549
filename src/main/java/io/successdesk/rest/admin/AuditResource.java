package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.Page;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The audit log, newest first, a page at a time: Jira administrators only. ARR appears in it only for them. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AuditResource {

    private final AccessPolicy accessPolicy;
    private final AuditLog auditLog;

    @Inject
    public AuditResource(AccessPolicy accessPolicy, AuditLog auditLog) {
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
    }

    @GET
    public AuditPageDto recent(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "audit log");
        Page<AuditEntry> page = auditLog.recent(QueryParams.page(offset, limit));
        return new AuditPageDto(page.items().stream().map(AuditResource::toDto).toList(), page.offset(),
                page.limit(), page.total());
    }

    private static AuditEntryDto toDto(AuditEntry entry) {
        return new AuditEntryDto(entry.at(), entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(),
                entry.before().orElse(null), entry.after().orElse(null));
    }

    /** One page of audit entries and the total number of entries. */
    public record AuditPageDto(List<AuditEntryDto> items, int offset, int limit, long total) {
    }
}
