package io.successdesk.app.ticket;

import io.successdesk.domain.ticket.TicketKind;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A ticket's kind (docs/product.md §3): the administrator's issue-type mapping (issue type id → kind) decides; an
 * issue type the mapping does not name gets the default kind of its name (the names of Jira's and JSM's default issue
 * types: bugs are defects, questions are questions, the rest requests), so a fresh installation needs no mapping and a
 * renamed or translated type is mapped by id.
 */
public final class TicketKinds {

    private static final Set<String> DEFECTS = Set.of("bug", "defect", "incident", "problem");
    private static final Set<String> QUESTIONS = Set.of("question", "support", "get it help", "ask a question");

    private TicketKinds() {
    }

    public static TicketKind of(Map<String, TicketKind> mapping, String issueTypeId, String issueTypeName) {
        TicketKind mapped = mapping.get(issueTypeId);
        return mapped != null ? mapped : byDefault(issueTypeName);
    }

    static TicketKind byDefault(String issueTypeName) {
        String name = issueTypeName.strip().toLowerCase(Locale.ROOT);
        if (DEFECTS.contains(name)) {
            return TicketKind.DEFECT;
        }
        return QUESTIONS.contains(name) ? TicketKind.QUESTION : TicketKind.REQUEST;
    }
}
