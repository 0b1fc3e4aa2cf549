package io.successdesk.rest.health;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.health.ManualInputService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.health.MeasureObservation;
import io.successdesk.rest.ExistingAccounts;
import io.successdesk.rest.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
  * Health inputs of an account (docs/product.md §4): {@code csm-sentiment} (1–5, entered by a CSM; stale once older
  * than the
 * validity window of its scorecard measure) and custom metrics (any other lower-case name, pushed by integrations
 * running as a CSM-group user). Account editors only.
 */
@Path("/accounts/{key}/inputs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ManualInputResource {

    /** The value of a measure; {@code observedAt} defaults to now; {@code sampleSize} (custom metrics) to 1. */
    public record InputRequest(BigDecimal value, Integer sampleSize, Instant observedAt) {
    }

    public record InputDto(String accountKey, String measure, double value, int sampleSize, Instant observedAt,
                           boolean manual) {
    }

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final ManualInputService inputs;

    @Inject
    public ManualInputResource(AccessPolicy accessPolicy, AccountService accounts, ManualInputService inputs) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.inputs = inputs;
    }

    @PUT
    @Path("/{measure}")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public InputDto put(@PathParam("key") String key, @PathParam("measure") String measure, InputRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS,
                "account " + key);
        var account = ExistingAccounts.require(accounts, key);
        MeasureObservation saved = inputs.record(account, measureId(measure),
                request.value() == null ? null : request.value().doubleValue(), Optional.ofNullable(request.sampleSize()),
                Optional.ofNullable(request.observedAt()), Permissions.actor(caller));
        return new InputDto(account.value(), measure, saved.value(), saved.sampleSize(), saved.observedAt(),
                saved.manual());
    }

    private static MeasureId measureId(String measure) {
        if (measure.equals("csm-sentiment")) {
            return MeasureId.of(MeasureKind.CSM_SENTIMENT);
        }
        try {
            return MeasureId.custom(measure);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("measure " + measure + " (use csm-sentiment or a custom metric name)");
        }
    }
}
