/*
 * Compile-only shim. Checked against: atlassian-spring-scanner-annotation 6.0.x (Jira 11.3) and public plugins
 * built against Jira 11 (codescape/jira-scrum-poker).
 * Never packaged: the host's scanner runtime supplies the real annotation.
 */
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
