package io.successdesk.rest;

import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of the REST-over-HTTP tests: one sandbox per test class, and a client for it. */
abstract class SandboxRestTest {

    @TempDir
    static Path data;
    static SandboxServer sandbox;
    static RestClient client;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = SandboxServer.start(0, data);
        client = new RestClient(sandbox);
    }

    /** Waits for the background work of earlier writes (CTAs, audit entries) before reading what it writes. */
    static void awaitAccountChanges() {
        sandbox.awaitAccountChangesProcessed(java.time.Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    /** Creates the account {@code key} as admin. */
    static void createAccount(String key) {
        assertThat(client.json("admin", "POST", "/accounts", RestClient.account(key)).statusCode()).isEqualTo(201);
    }

    /** The JSON object of a 2xx answer. */
    static com.google.gson.JsonObject okJson(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return com.google.gson.JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
