package io.successdesk.app.survey;

import java.util.ArrayList;
import java.util.List;

/** Test (and sandbox) fake of the {@link SurveyMailer} port: keeps every email; "sends" unless told there is no server. */
public final class RecordingSurveyMailer implements SurveyMailer {

    public record Sent(String to, String subject, String body) {
    }

    private final boolean serverConfigured;
    private final List<Sent> sent = new ArrayList<>();

    public RecordingSurveyMailer(boolean serverConfigured) {
        this.serverConfigured = serverConfigured;
    }

    @Override
    public synchronized boolean send(String to, String subject, String textBody) {
        if (!serverConfigured) {
            return false;
        }
        sent.add(new Sent(to, subject, textBody));
        return true;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}
