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

    /**
     * Waits until {@code condition} holds, for work the ticket event lanes do off the request thread (they report no
     * idleness to wait for); fails after 20 seconds.
     */
    static void awaitThat(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not so after 20 s: " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(20).toNanos());
        }
    }

    /** The newest audit entry with {@code action} (the account-change worker audits CTAs of its own meanwhile). */
    static com.google.gson.JsonObject latestAudit(String action) {
        com.google.gson.JsonArray items = com.google.gson.JsonParser.parseString(
                client.get("admin", "/audit?limit=200").body()).getAsJsonObject().getAsJsonArray("items");
        for (com.google.gson.JsonElement item : items) {
            if (item.getAsJsonObject().get("action").getAsString().equals(action)) {
                return item.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + action + " among the newest 200 audit entries");
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
