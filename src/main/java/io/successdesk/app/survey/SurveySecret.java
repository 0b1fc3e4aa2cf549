package io.successdesk.app.survey;

import org.jspecify.annotations.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The survey's signing secret: generated with SecureRandom and stored on first use, then re-read after saving so
 * every node signs and verifies with the same one.
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

    /** The secret, generated and stored when there is none yet. */
    byte[] value() {
        byte[] current = secret;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (secret == null) {
                Optional<String> stored = secrets.load();
                if (stored.isEmpty()) {
                    byte[] fresh = new byte[SECRET_BYTES];
                    random.nextBytes(fresh);
                    secrets.save(Base64.getEncoder().encodeToString(fresh));
                    stored = secrets.load();
                }
                secret = Base64.getDecoder().decode(stored.orElseThrow(
                        () -> new IllegalStateException("the survey secret could not be stored")));
            }
            return secret;
        }
    }
}
