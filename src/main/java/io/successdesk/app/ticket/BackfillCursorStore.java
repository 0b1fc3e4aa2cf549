package io.successdesk.app.ticket;

import java.util.Optional;

/** Port: the one stored backfill cursor, shared by the cluster nodes. */
public interface BackfillCursorStore {

    Optional<BackfillProgress> load();

    void save(BackfillProgress progress);
}
