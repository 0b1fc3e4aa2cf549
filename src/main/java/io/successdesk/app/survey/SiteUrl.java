package io.successdesk.app.survey;

/** Port: Jira's canonical base URL (no trailing slash), for links in emails. */
public interface SiteUrl {

    String baseUrl();
}
