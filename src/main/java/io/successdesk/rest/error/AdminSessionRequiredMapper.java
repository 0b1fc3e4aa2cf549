package io.successdesk.rest.error;

import io.successdesk.app.security.AdminSessionRequiredException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 401 when a configuration change needs the administrator to confirm their password (WebSudo). */
@Provider
public class AdminSessionRequiredMapper implements ExceptionMapper<AdminSessionRequiredException> {

    @Override
    public Response toResponse(AdminSessionRequiredException exception) {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(exception.getMessage())).build();
    }
}
