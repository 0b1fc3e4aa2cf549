package io.successdesk.jira.survey;

import com.atlassian.sal.api.ApplicationProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalSiteUrlTest {

    private static final String CONFIGURED = "https://jira.example.com/jira/";

    /**
     * SAL inside a request thread (an issue resolved from the browser): the request-derived modes answer with the
     * request's Host header, which the sender chooses; only the canonical mode answers with Jira's configured base URL.
     */
    private static final ApplicationProperties REQUEST_WITH_FORGED_HOST = mode ->
            mode.name().equals("CANONICAL") ? CONFIGURED : "https://evil.example/jira";

    @Test
    void shouldBuildLinksOnTheConfiguredBaseUrlNeverOnTheRequestsHostHeader() {
        assertThat(new SalSiteUrl(REQUEST_WITH_FORGED_HOST).baseUrl()).isEqualTo("https://jira.example.com/jira");
    }

    @Test
    void shouldKeepAConfiguredUrlWithoutTrailingSlashAsItIs() {
        ApplicationProperties properties = mode -> "https://jira.example.com";

        assertThat(new SalSiteUrl(properties).baseUrl()).isEqualTo("https://jira.example.com");
    }
}
