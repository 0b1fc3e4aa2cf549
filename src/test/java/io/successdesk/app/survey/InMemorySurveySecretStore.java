package io.successdesk.app.survey;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Test fake of the {@link SurveySecretStore} port: one cell; {@link #storeIfAbsent} is a compare-and-set. */
public final class InMemorySurveySecretStore implements SurveySecretStore {

    private final AtomicReference<String> secret = new AtomicReference<>();

    @Override
    public Optional<String> load() {
        return Optional.ofNullable(secret.get());
    }

    @Override
    public String storeIfAbsent(String base64Secret) {
        secret.compareAndSet(null, base64Secret);
        return secret.get();
    }
}
