/*
 * Compile-only shim: only the member SuccessDesk calls. String getBaseUrl(UrlMode) on the SAL ApplicationProperties
 * interface, per public implementations (jira-rest-java-client's ApplicationProperties, RefApp, test doubles:
 * "public String getBaseUrl(UrlMode urlMode)"). Never packaged.
 */
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
