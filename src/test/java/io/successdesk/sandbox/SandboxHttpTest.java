package io.successdesk.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox over real HTTP: authentication like Jira, the REST module, the issue view hosting the app's panel. */
class SandboxHttpTest {

    @TempDir
    static Path data;

    private static SandboxServer sandbox;
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0, data);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource({
            "admin,    'ADMINISTER,EDIT_ACCOUNTS,VIEW_ACCOUNTS,VIEW_FINANCIALS'",
            "csm,      'EDIT_ACCOUNTS,VIEW_ACCOUNTS'",
            "viewer,   'VIEW_ACCOUNTS'",
            "finance,  'VIEW_ACCOUNTS,VIEW_FINANCIALS'",
            "agent,    ''",
            "outsider, ''"})
    void shouldTellEachUserTheirCapabilities(String user, String capabilities) throws Exception {
        HttpResponse<String> response = get("/rest/successdesk/1.0/me", user, user);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        String expected = capabilities.isEmpty() ? "[]"
                : "[\"" + String.join("\",\"", sortedByDeclaration(capabilities.split(","))) + "\"]";
        assertThat(response.body()).isEqualTo("{\"userKey\":\"" + user + "\",\"capabilities\":" + expected + "}");
    }

    @Test
    void shouldRefuseAnonymousAndWrongPasswordCallsToTheRestApi() throws Exception {
        assertThat(get("/rest/successdesk/1.0/me", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/rest/successdesk/1.0/me", "csm", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRenderTheAccountPanelPlaceholderAndItsScriptOnASupportIssue() throws Exception {
        HttpResponse<String> page = get("/browse/SUP-1", "agent", "agent");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-successdesk-issue-key=\"SUP-1\"")
                .contains("/download/resources/io.successdesk.successdesk-jira:issue-panel-resources/issue-panel.js")
                .contains("Export to CSV times out");
        HttpResponse<String> script = get("/download/resources/io.successdesk.successdesk-jira:issue-panel-resources/issue-panel.js",
                "agent", "agent");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("define('successdesk/issue-panel'");
    }

    @Test
    void shouldNotShowThePanelOutsideSupportProjects() throws Exception {
        HttpResponse<String> page = get("/browse/OPS-1", "admin", "admin");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Rotate the staging certificates").doesNotContain("successdesk-panel");
    }

    @Test
    void shouldHideIssuesFromUsersWhoCannotBrowseThem() throws Exception {
        assertThat(get("/browse/SUP-1", "outsider", "outsider").statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = get("/browse/SUP-1", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/jira/login.jsp?os_destination=%2Fjira%2Fbrowse%2FSUP-1"));
    }

    @Test
    void shouldLogInWithTheFormAndOnlyRedirectInsideJira() throws Exception {
        HttpResponse<String> ok = postForm("/login.jsp", "os_username=csm&os_password=csm&os_destination=/jira/browse/SUP-2");
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).endsWith("/jira/browse/SUP-2");

        HttpResponse<String> offsite = postForm("/login.jsp", "os_username=csm&os_password=csm&os_destination=https://evil.example/");
        assertThat(offsite.headers().firstValue("Location").orElseThrow()).endsWith("/jira/").doesNotContain("evil");

        assertThat(postForm("/login.jsp", "os_username=csm&os_password=nope").statusCode()).isEqualTo(401);
    }

    private static String[] sortedByDeclaration(String[] names) {
        return java.util.Arrays.stream(names)
                .map(io.successdesk.app.security.Capability::valueOf).sorted()
                .map(io.successdesk.app.validation.EnumNames::of).toArray(String[]::new);
    }

    private static HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
