package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.app.ticket.BackfillProgress;
import io.successdesk.app.ticket.BackfillService;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.json.MaxItems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/**
  * Ledger rebuild from Jira (docs/product.md §3): Jira administrators start it for support projects (with a confirmed
  * admin
 * session) and read its progress; the daily job's worker runs the pages.
 */
@Path("/backfill")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class BackfillResource {

    /** The start request: the support projects to rebuild, in order. */
    public record BackfillRequest(@MaxItems(100) List<String> projects) {
    }

    /**
     * Where the rebuild stands: {@code state} never-run, running or finished; {@code total} the issues of its projects
     * (0 until the job has counted them), {@code secondsLeft} at the pace so far (null when not known), {@code failed}
     * issues left for the daily reconcile and the {@code lastProblem} among them.
     */
    public record ProgressDto(String state, List<String> projects, String currentProject, long processed, long recorded,
                              long total, Long secondsLeft, long failed, String lastProblem,
                              boolean finished, String startedBy, Instant startedAt, Instant updatedAt) {
    }

    private final AccessPolicy accessPolicy;
    private final AdminSessionGuard adminSession;
    private final BackfillService backfill;

    @Inject
    public BackfillResource(AccessPolicy accessPolicy, AdminSessionGuard adminSession, BackfillService backfill) {
        this.accessPolicy = accessPolicy;
        this.adminSession = adminSession;
        this.backfill = backfill;
    }

    /** Starts a rebuild (202); while one runs, answers it unchanged. */
    @POST
    public Response start(BackfillRequest request) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.ADMINISTER, "backfill");
        adminSession.requireSecureAdminSession();
        if (request.projects() == null) {
            throw new InvalidInputException("projects", "is required");
        }
        return Response.accepted(toDto(backfill.start(request.projects(), Permissions.actor(caller)))).build();
    }

    @GET
    public ProgressDto progress() {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "backfill");
        return backfill.progress().map(BackfillResource::toDto)
                .orElse(new ProgressDto("never-run", List.of(), null, 0, 0, 0, null, 0, null, false, null, null, null));
    }

    private static ProgressDto toDto(BackfillProgress progress) {
        return new ProgressDto(progress.finished() ? "finished" : "running", progress.projectKeys(), progress.finished() ? null : progress.currentProject(),
                progress.processed(), progress.recorded(), progress.total(),
                progress.timeLeft().map(java.time.Duration::toSeconds).orElse(null), progress.failed(),
                progress.lastProblem().orElse(null), progress.finished(), progress.startedBy(),
                progress.startedAt(), progress.updatedAt());
    }
}
