package io.successdesk.rest.revenue;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.revenue.ArrSubmission;
import io.successdesk.app.revenue.IngestReport;
import io.successdesk.app.revenue.RevenueService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.RequestLimits;
import io.successdesk.rest.revenue.RevenueDtos.ArrHistoryRequest;
import io.successdesk.rest.revenue.RevenueDtos.ArrIngestDto;
import io.successdesk.rest.revenue.RevenueDtos.ArrRowDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ARR history (docs/metrics.md, "ARR: carry-forward and no data"). Revenue is invisible (404) to anyone who is no financial viewer; writing it also needs
 * the right to edit accounts (403 for a financial viewer who is no CSM), since ARR history is account data that
 * only someone allowed to see it may change.
 */
@Path("/revenue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RevenueResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final RevenueService revenue;

    @Inject
    public RevenueResource(AccessPolicy accessPolicy, AccountService accounts, RevenueService revenue) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.revenue = revenue;
    }

    /** Upserts every row by account + month, all or nothing; errors name {@code rows[i].month} etc. */
    @POST
    @Path("/arr")
    @BodyAccess(see = Capability.VIEW_FINANCIALS, change = Capability.EDIT_ACCOUNTS, what = "revenue")
    public ArrIngestDto ingest(ArrHistoryRequest request) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_FINANCIALS, "revenue");
        if (!caller.can(Capability.EDIT_ACCOUNTS)) {
            throw new ForbiddenException("You may not change revenue.");
        }
        List<ArrRowDto> rows = request.rows();
        if (rows == null || rows.size() > RequestLimits.MAX_BULK_ROWS) {
            throw new InvalidInputException("rows", rows == null ? "is required"
                    : "must hold at most " + RequestLimits.MAX_BULK_ROWS + " rows");
        }
        requireKnownAccounts(rows);
        IngestReport report = revenue.ingestHistory(rows.stream().map(row -> new ArrSubmission(row.accountKey(),
                row.month(), row.arrMinorUnits(), row.currency())).toList(), Permissions.actor(caller));
        return new ArrIngestDto(report.created(), report.updated(), report.unchanged());
    }

    private void requireKnownAccounts(List<ArrRowDto> rows) {
        Map<String, String> errors = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String key = rows.get(i).accountKey();
            if (key != null && AccountKey.isValid(key) && accounts.get(AccountKey.of(key)).isEmpty()) {
                errors.put("rows[" + i + "].accountKey", "no account has the key " + key);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
