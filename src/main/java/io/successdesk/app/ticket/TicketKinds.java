package io.successdesk.app.ticket;

import io.successdesk.domain.ticket.TicketKind;

import java.util.Locale;
import java.util.Set;

/** Reads a ticket's kind from its issue type's name: bugs are defects, questions are questions, the rest requests. */
public final class TicketKinds {

    private static final Set<String> DEFECTS = Set.of("bug", "defect", "incident", "problem");
    private static final Set<String> QUESTIONS = Set.of("question", "support", "get it help", "ask a question");

    private TicketKinds() {
    }

    public static TicketKind of(String issueTypeName) {
        String name = issueTypeName.strip().toLowerCase(Locale.ROOT);
        if (DEFECTS.contains(name)) {
            return TicketKind.DEFECT;
        }
        return QUESTIONS.contains(name) ? TicketKind.QUESTION : TicketKind.REQUEST;
    }
}
