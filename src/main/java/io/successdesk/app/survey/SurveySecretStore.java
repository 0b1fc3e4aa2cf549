package io.successdesk.app.survey;

import java.util.Optional;

/** Port: the survey's HMAC secret (base64), kept in Jira's plugin settings; never in the jar, page or log. */
public interface SurveySecretStore {

    Optional<String> load();

    /**
     * Stores {@code base64Secret} unless a secret is stored already, as one step across the cluster (two nodes calling
     * at once store one of the two), and returns the secret stored then, read back from the store.
     */
    String storeIfAbsent(String base64Secret);
}
