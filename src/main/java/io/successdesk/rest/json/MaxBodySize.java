package io.successdesk.rest.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method's entity parameter: the body may be up to this many bytes instead of
 * {@link io.successdesk.rest.RequestLimits#MAX_BODY_BYTES}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface MaxBodySize {
    int value();
}
