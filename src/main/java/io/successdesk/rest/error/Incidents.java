package io.successdesk.rest.error;

import org.slf4j.Logger;

import java.util.UUID;

/** Server failures are logged under a new incident id, which the answer names instead of the failure itself. */
final class Incidents {

    private Incidents() {
    }

    /** Logs the failure as an error under a new incident id and answers that id. */
    static String logged(Logger log, String what, Throwable failure) {
        String incident = UUID.randomUUID().toString();
        log.error("{} (incident {})", what, incident, failure);
        return incident;
    }
}
