package io.successdesk.rest;

import io.successdesk.sandbox.SandboxServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the sandbox's REST API over real HTTP as one of its users (null = anonymous), like the app's JS does. */
public final class RestClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final SandboxServer sandbox;

    public RestClient(SandboxServer sandbox) {
        this.sandbox = sandbox;
    }

    public HttpResponse<String> get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    public HttpResponse<String> json(String user, String method, String path, String body) {
        return send(user, method, path, "application/json", body);
    }

    HttpResponse<String> send(String user, String method, String path, String contentType, String body) {
        return send(user, method, path, contentType, body, true);
    }

    HttpResponse<String> sendWithoutXsrfToken(String user, String method, String path, String contentType, String body) {
        return send(user, method, path, contentType, body, false);
    }

    private HttpResponse<String> send(String user, String method, String path, String contentType, String body,
                                      boolean xsrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + SandboxServer.REST_PATH + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json, text/csv");
        if (xsrfToken) {
            request.header("X-Atlassian-Token", "no-check");
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid account body with ARR, for a key of the caller's choosing. */
    static String account(String key) {
        return """
                {"key":"%s","name":"Acme %s","emailDomains":["%s.example.com"],"jsmOrganizationIds":[7],
                 "tier":"Enterprise","lifecycleStage":"adoption","csmUserKey":"csm",
                 "arr":{"minorUnits":1250000,"currency":"EUR"},"contractStart":"2024-01-01",
                 "renewalDate":"2026-12-31","externalId":"crm-%s","customAttributes":{"plan":"gold"}}
                """.formatted(key, key, key.toLowerCase(), key);
    }

    /** The same account without ARR (what a CSM who is no financial viewer may send). */
    static String accountWithoutArr(String key) {
        return account(key).replace("\"arr\":{\"minorUnits\":1250000,\"currency\":\"EUR\"},", "");
    }
}
