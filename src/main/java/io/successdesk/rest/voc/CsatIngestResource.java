package io.successdesk.rest.voc;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.app.voc.CsatService;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.voc.VocDtos.BulkIngestDto;
import io.successdesk.rest.voc.VocDtos.CsatBulkRequest;
import io.successdesk.rest.voc.VocDtos.CsatRequest;
import io.successdesk.rest.voc.VocDtos.IngestOutcomeDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Csat ingestion by integrations and CSMs (account editors), from imports only (JSM and survey answers are captured
 * by the app itself, {@link IngestSources}). Idempotent: a response is identified by source +
 * external id, and sending it again answers {@code unchanged} and stores nothing.
 */
@Path("/csat")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CsatIngestResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final CsatService service;

    @Inject
    public CsatIngestResource(AccessPolicy accessPolicy, AccountService accounts, CsatService service) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.service = service;
    }

    @POST
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "Csat responses")
    public IngestOutcomeDto ingest(CsatRequest request) {
        Caller caller = editor();
        IngestSources.require(List.of(request), CsatRequest::source, IngestSources.CSAT, false);
        VocJson.requireKnownAccounts(accounts, List.of(request), CsatRequest::accountKey, false);
        return VocJson.outcome(service.ingest(VocJson.toSubmission(request), Permissions.actor(caller)));
    }

    /** At most 1000 rows; all stored (or left unchanged) or, when any row is invalid, none. */
    @POST
    @Path("/bulk")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "Csat responses")
    public BulkIngestDto ingestAll(CsatBulkRequest request) {
        Caller caller = editor();
        List<CsatRequest> rows = VocJson.rows(request.rows());
        IngestSources.require(rows, CsatRequest::source, IngestSources.CSAT, true);
        VocJson.requireKnownAccounts(accounts, rows, CsatRequest::accountKey, true);
        return VocJson.report(service.ingestAll(rows.stream().map(VocJson::toSubmission).toList(),
                Permissions.actor(caller)));
    }

    private Caller editor() {
        return Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "Csat responses");
    }
}
