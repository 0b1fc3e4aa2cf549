/*
 * Compile-only shim. Checked against: atlassian-spring-scanner-annotation 6.0.x (Jira 11.3). Never packaged.
 */
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
