package io.successdesk.sandbox;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.AnnotatedElement;
import java.util.Set;

/**
 * What Jira's REST v2 plugin does before a resource runs: enforce the secure-by-default access annotations
 * (a resource without one is refused here, so a missing annotation shows up in the sandbox) and the XSRF check
 * for mutations sent with a content type a plain HTML form could send.
 */
final class RestAccessFeature implements DynamicFeature {

    private static final Set<String> MUTATIONS = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final SandboxUsers users;

    RestAccessFeature(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Access access = accessOf(resourceInfo.getResourceMethod())
                .orElse(accessOf(resourceInfo.getResourceClass()).orElse(Access.NONE_DECLARED));
        context.register((ContainerRequestFilter) request -> check(access, request));
    }

    private enum Access { LICENSED, ADMIN, UNRESTRICTED, NONE_DECLARED }

    private static java.util.Optional<Access> accessOf(AnnotatedElement element) {
        if (element.isAnnotationPresent(AdminOnly.class)) {
            return java.util.Optional.of(Access.ADMIN);
        }
        if (element.isAnnotationPresent(LicensedOnly.class)) {
            return java.util.Optional.of(Access.LICENSED);
        }
        if (element.isAnnotationPresent(UnrestrictedAccess.class)) {
            return java.util.Optional.of(Access.UNRESTRICTED);
        }
        return java.util.Optional.empty();
    }

    private void check(Access access, ContainerRequestContext request) {
        if (access == Access.NONE_DECLARED) {
            abort(request, Response.Status.FORBIDDEN, "resource declares no access annotation");
            return;
        }
        boolean loggedIn = users.currentUser().isPresent();
        if (access != Access.UNRESTRICTED && !loggedIn) {
            abort(request, Response.Status.UNAUTHORIZED, "You are not logged in.");
            return;
        }
        if (access == Access.ADMIN && !users.isAdmin(new UserKey(users.currentUser().orElseThrow().name()))) {
            abort(request, Response.Status.FORBIDDEN, "You must be an administrator.");
            return;
        }
        if (MUTATIONS.contains(request.getMethod()) && isFormLike(request.getMediaType())
                && !"no-check".equals(request.getHeaderString("X-Atlassian-Token"))) {
            abort(request, Response.Status.FORBIDDEN, "XSRF check failed");
        }
    }

    private static boolean isFormLike(MediaType mediaType) {
        return mediaType == null || FORM_TYPES.contains(mediaType.getType() + "/" + mediaType.getSubtype());
    }

    private static void abort(ContainerRequestContext request, Response.Status status, String message) {
        request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"message\":\"" + message + "\",\"errors\":{}}").build());
    }
}
