package io.successdesk.app.survey;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The survey's language choice and the completeness of its translations. */
class SurveyTextsTest {

    @Test
    void shouldPickTheBestSurveyLanguageFromAcceptLanguage() {
        assertThat(SurveyTexts.forAcceptLanguage("de-AT,de;q=0.9").locale()).isEqualTo(Locale.GERMAN);
        assertThat(SurveyTexts.forAcceptLanguage("fr-FR,fr;q=0.9,de;q=0.5").locale()).as("a lower-ranked fit")
                .isEqualTo(Locale.GERMAN);
        assertThat(SurveyTexts.forAcceptLanguage("fr-FR").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(SurveyTexts.forAcceptLanguage(null).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(SurveyTexts.forAcceptLanguage("de;q=nonsense").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(SurveyTexts.forAcceptLanguage("de," + "x".repeat(300)).locale()).as("overlong header ignored")
                .isEqualTo(Locale.ENGLISH);
        assertThat(SurveyTexts.in(Locale.GERMANY).text("submit")).isEqualTo("Antwort senden");
        assertThat(SurveyTexts.in(Locale.JAPANESE).text("submit")).isEqualTo("Send answer");
    }

    @Test
    void shouldTranslateEverySurveyText() throws IOException {
        Set<String> english = surveyKeys("i18n/successdesk.properties");
        Set<String> german = surveyKeys("i18n/successdesk_de.properties");

        assertThat(english).hasSizeGreaterThan(20);
        assertThat(german).isEqualTo(english);
    }

    private static Set<String> surveyKeys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SurveyTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("successdesk.survey.") && !key.equals("successdesk.survey.description"))
                .collect(Collectors.toSet());
    }
}
