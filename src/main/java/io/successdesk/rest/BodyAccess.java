package io.successdesk.rest;

import io.successdesk.app.security.Capability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that reads a request body: who may send one, checked by {@link BodyAccessFilter} before a
 * byte of the body is read or parsed (issue 10). A caller without {@link #see()} gets 404, one without
 * {@link #change()} 403, exactly as the method's own {@link Permissions} check answers; the method keeps that check.
 * Methods of {@code @AdminOnly} resources need none: Jira refuses non-admins before the body as well.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyAccess {

    /** What the caller must be allowed to see (404 otherwise). */
    Capability see();

    /** What the caller must also be allowed to do (403 otherwise); {@link Capability#VIEW_ACCOUNTS} adds nothing. */
    Capability change() default Capability.VIEW_ACCOUNTS;

    /** What the request is about, for the 404 and 403 messages. */
    String what();
}
