package io.successdesk.jira.survey;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.successdesk.app.survey.SiteUrl;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Jira's configured base URL from SAL ({@link UrlMode#CANONICAL}). Never a request-derived mode: invitations are sent
 * from the thread that resolved the issue, often a browser request, whose Host header the sender chooses; a link
 * built on it would send the customer wherever that header pointed.
 */
@Named
public class SalSiteUrl implements SiteUrl {

    private final ApplicationProperties applicationProperties;

    @Inject
    public SalSiteUrl(@ComponentImport ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String baseUrl() {
        String url = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
