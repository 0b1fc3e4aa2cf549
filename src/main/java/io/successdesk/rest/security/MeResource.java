package io.successdesk.rest.security;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.rest.WireNames;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** What the calling user may do in SuccessDesk, so the UI offers only what the server will allow. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MeResource {

    private final AccessPolicy accessPolicy;

    @Inject
    public MeResource(AccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @GET
    public MeDto get() {
        Caller caller = accessPolicy.currentCaller();
        String userKey = caller.userKey().orElseThrow(() -> new NotFoundException("user"));
        List<String> capabilities = caller.capabilities().stream().sorted().map(WireNames::of).toList();
        return new MeDto(userKey, capabilities);
    }

    /** {@code {"userKey": "...", "capabilities": ["view-accounts", ...]}} */
    public record MeDto(String userKey, List<String> capabilities) {
    }
}
