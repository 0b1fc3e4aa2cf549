package io.successdesk.app.ticket;

import java.util.Optional;

/** Test fake (and sandbox stand-in) of the {@link BackfillCursorStore} port; counts saves. */
public final class InMemoryBackfillCursor implements BackfillCursorStore {

    private BackfillProgress progress;
    private int saves;

    @Override
    public synchronized Optional<BackfillProgress> load() {
        return Optional.ofNullable(progress);
    }

    @Override
    public synchronized void save(BackfillProgress next) {
        progress = next;
        saves++;
    }

    public synchronized int saves() {
        return saves;
    }
}
