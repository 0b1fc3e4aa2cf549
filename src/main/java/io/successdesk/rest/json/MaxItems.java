package io.successdesk.rest.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** On a DTO record component holding a list: at most this many elements (default {@link io.successdesk.rest.RequestLimits#MAX_LIST_LENGTH}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MaxItems {
    int value();
}
