package io.successdesk.app.survey;

import org.jspecify.annotations.Nullable;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The survey's words in one language, from the app's i18n bundle ({@code i18n/successdesk*.properties}, the files
 * Jira loads for the plugin): the public page has no Jira user to ask for a language, so it reads the bundle itself.
 * Texts are {@link MessageFormat} patterns as in Jira ({@code ''} for an apostrophe).
 */
public final class SurveyTexts {

    /** The languages the survey texts exist in; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final String BUNDLE = "i18n/successdesk";
    private static final int MAX_ACCEPT_LANGUAGE = 256;

    private final Locale locale;
    private final ResourceBundle bundle;

    private SurveyTexts(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: what is not translated comes from the base (English) file
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, SurveyTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts in the survey language closest to {@code wanted} (same language), else English. */
    public static SurveyTexts in(Locale wanted) {
        return new SurveyTexts(LANGUAGES.stream().filter(language -> language.getLanguage().equals(wanted.getLanguage()))
                .findFirst().orElse(LANGUAGES.get(0)));
    }

    /** The texts in the best language an HTTP {@code Accept-Language} header asks for (RFC 4647 lookup), else English. */
    public static SurveyTexts forAcceptLanguage(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_ACCEPT_LANGUAGE) {
            return in(LANGUAGES.get(0));
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return in(best == null ? LANGUAGES.get(0) : best);
        } catch (IllegalArgumentException malformed) {
            return in(LANGUAGES.get(0));
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} ({@code successdesk.survey.} is prepended) with its arguments filled in. */
    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString("successdesk.survey." + key), locale).format(arguments);
    }
}
