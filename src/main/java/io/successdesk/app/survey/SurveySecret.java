package io.successdesk.app.survey;

import org.jspecify.annotations.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The survey's signing secret, one per cluster: generated with SecureRandom when the store has none and stored only
 * if no other node stored one meanwhile ({@link SurveySecretStore#storeIfAbsent}); the secret used is always the one
 * read back from the store, never the candidate generated here, so every node signs and verifies with the same one.
 */
@Named
public class SurveySecret {

    private static final int SECRET_BYTES = 32;

    private final SurveySecretStore secrets;
    private final SecureRandom random = new SecureRandom();
    private volatile byte @Nullable [] secret;

    @Inject
    public SurveySecret(SurveySecretStore secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /** Generates the secret now if there is none (call on plugin start). */
    public void ensureExists() {
        value();
    }

    /** The cluster's secret, generated and stored when there is none yet. */
    byte[] value() {
        byte[] current = secret;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            byte[] known = secret;
            if (known == null) {
                String stored = secrets.load().orElseGet(() -> secrets.storeIfAbsent(candidate()));
                known = Base64.getDecoder().decode(stored);
                secret = known;
            }
            return known;
        }
    }

    private String candidate() {
        byte[] fresh = new byte[SECRET_BYTES];
        random.nextBytes(fresh);
        return Base64.getEncoder().encodeToString(fresh);
    }
}
