package io.successdesk.rest;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import io.successdesk.rest.error.NotFoundMapper;
import io.successdesk.rest.error.WebApplicationExceptionMapper;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * Authorises a request before its body is read: request filters run after the resource method is matched and
 * before its entity parameter is read, so a caller who may not send a body is refused before any of it is parsed
 * (an outsider's 32 MB import costs nothing). The rule comes from the method's {@link BodyAccess}; anonymous
 * requests are left to Jira's own access check ({@code @LicensedOnly}: 401), which also runs before the body.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class BodyAccessFilter implements ContainerRequestFilter {

    private final AccessPolicy accessPolicy;

    @Context
    private ResourceInfo resourceInfo;

    @Inject
    public BodyAccessFilter(AccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        BodyAccess access = method == null ? null : method.getAnnotation(BodyAccess.class);
        if (access == null) {
            return;
        }
        Caller caller = accessPolicy.currentCaller();
        if (caller.userKey().isEmpty()) {
            return;
        }
        try {
            Permissions.toChange(accessPolicy, access.see(), access.change(), access.what());
        } catch (NotFoundException refused) {
            request.abortWith(unread(new NotFoundMapper().toResponse(refused)));
        } catch (ForbiddenException refused) {
            request.abortWith(unread(new WebApplicationExceptionMapper().toResponse(refused)));
        }
    }

    /**
     * The refusal, closing the connection: the body was left unread, so the connection cannot carry another request
     * (and a client must not reuse it).
     */
    private static Response unread(Response refusal) {
        return Response.fromResponse(refusal).header("Connection", "close").build();
    }
}
