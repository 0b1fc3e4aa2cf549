package io.successdesk.rest.error;

import io.successdesk.app.WriteFailedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 503 for a write rolled back by a database failure: says that nothing was stored and that trying again is safe, with
 * an incident id to find the logged cause (never the cause itself, which may hold data or internals).
 */
@Provider
public class WriteFailedMapper implements ExceptionMapper<WriteFailedException> {

    private static final Logger LOG = LoggerFactory.getLogger(WriteFailedMapper.class);

    @Override
    public Response toResponse(WriteFailedException exception) {
        String incident = Incidents.logged(LOG, "SuccessDesk write rolled back", exception);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(exception.getMessage() + " Trying again is safe (incident " + incident + ")."))
                .build();
    }
}
