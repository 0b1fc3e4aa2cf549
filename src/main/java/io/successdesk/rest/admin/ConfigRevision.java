package io.successdesk.rest.admin;

import io.successdesk.app.ConflictException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Optimistic concurrency for the settings documents, which carry no version counter: the revision is a digest of
 * what the admin read, and a change sent with a revision that no longer matches is refused with 409. A change sent
 * without one (scripts) replaces whatever is there. Two saves racing on two nodes between check and write are not
 * caught (plugin settings have no compare-and-set); the page re-reads after every save.
 */
final class ConfigRevision {

    private ConfigRevision() {
    }

    /** The revision of a settings document, from its text form without a revision. */
    static String of(Object documentWithoutRevision) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(documentWithoutRevision.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Refuses a change based on another revision than {@code current}; {@code sent} null means "any". */
    static void require(String sent, String current) {
        if (sent != null && !sent.equals(current)) {
            throw new ConflictException("revision", "Someone else changed these settings since you loaded them."
                    + " Reload to see their change, then make yours again.");
        }
    }
}
