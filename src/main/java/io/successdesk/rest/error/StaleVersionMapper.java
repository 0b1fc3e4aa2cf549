package io.successdesk.rest.error;

import io.successdesk.app.StaleVersionException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/** 409 when an update names a version that someone else has already replaced. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Override
    public Response toResponse(StaleVersionException exception) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(exception.getMessage(), Map.of("version", exception.getMessage()))).build();
    }
}
