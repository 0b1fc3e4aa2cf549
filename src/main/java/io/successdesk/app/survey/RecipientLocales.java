package io.successdesk.app.survey;

import java.util.Locale;
import java.util.Optional;

/** Port: the language a Jira user reads Jira in (their profile setting, else Jira's default language). */
public interface RecipientLocales {

    Locale localeOf(Optional<String> userKey);
}
