package io.successdesk.jira.survey;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.successdesk.app.survey.SiteUrl;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Jira's absolute base URL from SAL (outside a request: the configured base URL). */
@Named
public class SalSiteUrl implements SiteUrl {

    private final ApplicationProperties applicationProperties;

    @Inject
    public SalSiteUrl(@ComponentImport ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String baseUrl() {
        String url = applicationProperties.getBaseUrl(UrlMode.ABSOLUTE);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
