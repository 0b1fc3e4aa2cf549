package io.successdesk.domain.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A state machine given as an explicit table of legal transitions between the states of an enum. A state
 * with no outgoing transition is terminal. Staying in the same state is not a transition and is refused.
 */
public final class Lifecycle<S extends Enum<S>> {

    private final String subject;
    private final Map<S, Set<S>> legal;

    private Lifecycle(String subject, Class<S> states) {
        this.subject = subject;
        this.legal = new EnumMap<>(states);
        for (S state : states.getEnumConstants()) {
            legal.put(state, EnumSet.noneOf(states));
        }
    }

    /** An empty table for {@code subject} ("plan", "objective"); add transitions with {@link #allow}. */
    static <S extends Enum<S>> Lifecycle<S> of(String subject, Class<S> states) {
        return new Lifecycle<>(subject, states);
    }

    @SafeVarargs
    final Lifecycle<S> allow(S from, S... to) {
        Objects.requireNonNull(legal.get(from), () -> "unknown state " + from).addAll(Set.of(to));
        return this;
    }

    /** The states reachable from {@code from} in one transition (empty for a terminal state). */
    public Set<S> next(S from) {
        return Collections.unmodifiableSet(legal.get(Objects.requireNonNull(from, "from")));
    }

    public boolean allows(S from, S to) {
        return next(from).contains(Objects.requireNonNull(to, "to"));
    }

    public boolean isTerminal(S state) {
        return next(state).isEmpty();
    }

    /** @throws IllegalTransitionException "plan cannot go from COMPLETED to ACTIVE" when the table forbids it */
    public void require(S from, S to) {
        if (!allows(from, to)) {
            String allowed = isTerminal(from) ? from + " is final" : "allowed from " + from + ": " + next(from);
            throw new IllegalTransitionException(subject + " cannot go from " + from + " to " + to + " (" + allowed + ")");
        }
    }
}
