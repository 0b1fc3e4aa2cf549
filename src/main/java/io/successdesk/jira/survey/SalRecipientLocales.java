package io.successdesk.jira.survey;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import io.successdesk.app.survey.RecipientLocales;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.Optional;

/** The language of a Jira user through SAL: their profile language, else Jira's default (also without a user). */
@Named
public class SalRecipientLocales implements RecipientLocales {

    private final LocaleResolver locales;

    @Inject
    public SalRecipientLocales(@ComponentImport LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    public Locale localeOf(Optional<String> userKey) {
        return locales.getLocale(userKey.map(UserKey::new).orElse(null));
    }
}
