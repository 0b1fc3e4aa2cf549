package io.successdesk.cluster;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.successdesk.sandbox.SandboxServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP to one sandbox node, as a browser or script would call it (basic auth, Jira's XSRF header on changes). */
final class NodeHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private NodeHttp() {
    }

    static HttpResponse<String> get(SandboxServer node, String user, String path) {
        return send(request(node, user, path).GET());
    }

    static HttpResponse<String> json(SandboxServer node, String user, String method, String path, String body) {
        return send(request(node, user, path).header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> form(SandboxServer node, String user, String path, String form) {
        return send(request(node, user, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A form post without credentials (the survey page is public). */
    static HttpResponse<String> anonymousForm(SandboxServer node, String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static HttpResponse<String> getUrl(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** The open tickets the agent's panel of SUP-1 (an ACME issue of the sandbox's seed) shows on {@code node}. */
    static int openTicketsOfAcme(SandboxServer node) {
        return ok(get(node, "agent", "/panel/SUP-1")).getAsJsonObject("account").get("openTickets").getAsInt();
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static HttpRequest.Builder request(SandboxServer node, String user, String path) {
        String url = node.baseUrl() + (path.startsWith("/sandbox") || path.startsWith("/plugins") ? "" : SandboxServer.REST_PATH)
                + path;
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
