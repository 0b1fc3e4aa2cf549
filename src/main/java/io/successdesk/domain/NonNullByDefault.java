package io.successdesk.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that, in the annotated package, parameters, return values and record components are never
 * null unless documented otherwise ({@code Optional} is used for absent values). Constructors enforce it
 * with {@link java.util.Objects#requireNonNull}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface NonNullByDefault {
}
