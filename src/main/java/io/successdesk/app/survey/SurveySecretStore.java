package io.successdesk.app.survey;

import java.util.Optional;

/** Port: the survey's HMAC secret (base64), kept in Jira's plugin settings; never in the jar, page or log. */
public interface SurveySecretStore {

    Optional<String> load();

    void save(String base64Secret);
}
