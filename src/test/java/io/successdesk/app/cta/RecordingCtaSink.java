package io.successdesk.app.cta;

import io.successdesk.domain.cta.Cta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test fake of {@link CtaSink}: records what it was handed; creates {@code CS-1, CS-2, …} when a project is set. */
public final class RecordingCtaSink implements CtaSink {

    private final boolean projectConfigured;
    private final List<Cta> received = new ArrayList<>();

    public RecordingCtaSink(boolean projectConfigured) {
        this.projectConfigured = projectConfigured;
    }

    @Override
    public synchronized Optional<String> createIssue(Cta cta) {
        received.add(cta);
        return projectConfigured ? Optional.of("CS-" + received.size()) : Optional.empty();
    }

    public synchronized List<Cta> received() {
        return List.copyOf(received);
    }
}
