package io.successdesk.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin-only sandbox ticket page drives the app's real issue listener: the ledger row follows the ticket. */
class SandboxTicketsHttpTest {

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

    @Test
    void shouldShowLiveLedgerChangesWhenAnAdminChangesATicket() throws Exception {
        assertThat(post("admin", "action=create&summary=Live&reporter=dana%40acme.example").statusCode()).isEqualTo(302);
        assertThat(post("admin", "action=comment&key=SUP-4&author=agent").statusCode()).isEqualTo(302);
        assertThat(post("admin", "action=resolve&key=SUP-4").statusCode()).isEqualTo(302);

        String page = waitForPage(body -> body.contains("SUP-4") && body.contains("status=DONE")
                && body.contains("account=ACME") && body.contains("firstResponse=Optional["));
        assertThat(page).contains("matchedBy=EMAIL_DOMAIN");
    }

    @Test
    void shouldHideThePageFromNonAdmins() throws Exception {
        assertThat(get("agent").statusCode()).isEqualTo(404);
        assertThat(post("agent", "action=create").statusCode()).isEqualTo(404);
    }

    private static String waitForPage(java.util.function.Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get("admin").body();
            if (ready.test(body)) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ledger row never appeared:\n" + body);
    }

    private static HttpResponse<String> get(String user) throws IOException, InterruptedException {
        return http.send(request(user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String user, String form) throws IOException, InterruptedException {
        return http.send(request(user).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String user) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/sandbox/tickets")).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
}
