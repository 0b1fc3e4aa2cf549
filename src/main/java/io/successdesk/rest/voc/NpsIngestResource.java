package io.successdesk.rest.voc;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.app.voc.NpsService;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.voc.VocDtos.BulkIngestDto;
import io.successdesk.rest.voc.VocDtos.NpsBulkRequest;
import io.successdesk.rest.voc.VocDtos.NpsRequest;
import io.successdesk.rest.voc.VocDtos.IngestOutcomeDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Nps ingestion by integrations and CSMs (account editors), from imports or typed in by hand (survey answers are
 * captured by the app itself, {@link IngestSources}). Idempotent: a response is identified by source +
 * external id, and sending it again answers {@code unchanged} and stores nothing.
 */
@Path("/nps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class NpsIngestResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final NpsService service;

    @Inject
    public NpsIngestResource(AccessPolicy accessPolicy, AccountService accounts, NpsService service) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.service = service;
    }

    @POST
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "Nps responses")
    public IngestOutcomeDto ingest(NpsRequest request) {
        Caller caller = editor();
        IngestSources.require(List.of(request), NpsRequest::source, IngestSources.NPS, false);
        VocJson.requireKnownAccounts(accounts, List.of(request), NpsRequest::accountKey, false);
        return VocJson.outcome(service.ingest(VocJson.toSubmission(request), Permissions.actor(caller)));
    }

    /** At most 1000 rows; all stored (or left unchanged) or, when any row is invalid, none. */
    @POST
    @Path("/bulk")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "Nps responses")
    public BulkIngestDto ingestAll(NpsBulkRequest request) {
        Caller caller = editor();
        List<NpsRequest> rows = VocJson.rows(request.rows());
        IngestSources.require(rows, NpsRequest::source, IngestSources.NPS, true);
        VocJson.requireKnownAccounts(accounts, rows, NpsRequest::accountKey, true);
        return VocJson.report(service.ingestAll(rows.stream().map(VocJson::toSubmission).toList(),
                Permissions.actor(caller)));
    }

    private Caller editor() {
        return Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "Nps responses");
    }
}
