package io.successdesk.domain.ticket;

import java.util.Collection;
import java.util.function.Predicate;

/** A count of tickets split by {@link TicketKind}; each part is 0 or more. */
public record KindCounts(int defects, int questions, int requests) {

    public static final KindCounts NONE = new KindCounts(0, 0, 0);

    public KindCounts {
        if (defects < 0 || questions < 0 || requests < 0) {
            throw new IllegalArgumentException("counts must be 0 or more, got " + defects + "/" + questions + "/" + requests);
        }
    }

    /** Counts the tickets that pass {@code filter}, by kind. */
    public static KindCounts of(Collection<TicketFact> tickets, Predicate<TicketFact> filter) {
        int[] byKind = new int[TicketKind.values().length];
        for (TicketFact ticket : tickets) {
            if (filter.test(ticket)) {
                byKind[ticket.kind().ordinal()]++;
            }
        }
        return new KindCounts(byKind[TicketKind.DEFECT.ordinal()], byKind[TicketKind.QUESTION.ordinal()],
                byKind[TicketKind.REQUEST.ordinal()]);
    }

    public int of(TicketKind kind) {
        return switch (kind) {
            case DEFECT -> defects;
            case QUESTION -> questions;
            case REQUEST -> requests;
        };
    }

    public int total() {
        return defects + questions + requests;
    }
}
