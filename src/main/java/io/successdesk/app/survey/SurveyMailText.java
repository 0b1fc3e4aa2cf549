package io.successdesk.app.survey;

import java.time.Duration;

/** The words of the survey invitation mail, in the reporter's language: the ticket, one link, how long it works. */
final class SurveyMailText {

    private SurveyMailText() {
    }

    static String subject(SurveyTexts texts, SurveyTicket ticket) {
        return texts.text("mail.subject", ticket.issueKey());
    }

    static String body(SurveyTexts texts, SurveyTicket ticket, String link, Duration linkLifetime) {
        return texts.text("mail.greeting") + "\n\n"
                + texts.text("mail.resolved", ticket.issueKey(), ticket.summary()) + "\n"
                + texts.text("mail.ask") + "\n\n" + link + "\n\n"
                + texts.text("mail.lifetime", linkLifetime.toDays()) + "\n";
    }
}
