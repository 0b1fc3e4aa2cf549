package io.successdesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.InvalidInputException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only resource (the sandbox scans {@code io.successdesk.rest} on the test class path too): fails the way app
 * code can, so tests see over HTTP how each failure is answered. Not part of the app or its API document.
 */
@Path("/test-only/failures")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class FailingProbeResource {

    @GET
    public String fail(@QueryParam("kind") String kind) {
        if ("validation".equals(kind)) {
            throw new InvalidInputException("kind", "is refused by the app's own validation");
        }
        throw new IllegalArgumentException("internal detail: account SECRET has ARR 1250000");
    }
}
