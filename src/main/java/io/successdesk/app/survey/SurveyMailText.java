package io.successdesk.app.survey;

import java.time.Duration;

/** The words of the survey invitation mail: no account name, one link, how long it works. */
final class SurveyMailText {

    static final String SUBJECT = "How did we do?";

    private SurveyMailText() {
    }

    static String body(String link, Duration linkLifetime) {
        return "Hello,\n\nyour support request was resolved. How satisfied were you with the help you got?\n"
                + "One click, one question:\n\n" + link + "\n\n"
                + "The link works once and expires in " + linkLifetime.toDays() + " days.\n";
    }
}
