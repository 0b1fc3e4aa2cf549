/*
 * Compile-only shim. Checked against: atlassian-rest-v2-api 9.1.x (Jira 11.3) secure-by-default annotations,
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
 * (package com.atlassian.plugins.rest.api.security.annotation). Target/retention as on the Confluence 8.7.2
 * javadoc of the sibling SystemAdminOnly (TYPE, METHOD, PACKAGE; RUNTIME). Never packaged.
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LicensedOnly {
}
