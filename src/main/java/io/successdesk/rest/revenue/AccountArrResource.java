package io.successdesk.rest.revenue;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.revenue.RevenueService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.rest.ExistingAccounts;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.account.MoneyDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** One account's ARR history, month by month as loaded: financial viewers only (404 for everyone else). */
@Path("/accounts/{key}/arr")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AccountArrResource {

    /** One loaded month: its ARR as loaded (no carry-forward; months not loaded are absent). */
    public record ArrMonthDto(String month, MoneyDto arr) {
    }

    public record ArrHistoryDto(String accountKey, List<ArrMonthDto> months) {
    }

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final RevenueService revenue;

    @Inject
    public AccountArrResource(AccessPolicy accessPolicy, AccountService accounts, RevenueService revenue) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.revenue = revenue;
    }

    @GET
    public ArrHistoryDto history(@PathParam("key") String key) {
        Permissions.toSee(accessPolicy, Capability.VIEW_FINANCIALS, "revenue");
        var account = ExistingAccounts.require(accounts, key);
        return new ArrHistoryDto(account.value(), revenue.history(account).stream()
                .map(snapshot -> new ArrMonthDto(snapshot.month().toString(),
                        new MoneyDto(snapshot.arr().minorUnits(), snapshot.arr().currencyCode()))).toList());
    }
}
