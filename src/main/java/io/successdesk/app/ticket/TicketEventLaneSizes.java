package io.successdesk.app.ticket;

/**
 * Port: how many changed issue ids may wait in {@link TicketEventDispatcher} and over how many single-threaded lanes
 * they are spread. The app uses {@link DefaultTicketEventLaneSizes}; tests use tiny lanes to reach the full-lane path.
 */
public interface TicketEventLaneSizes {

    /** Ids that may wait in all lanes together; at least 1. */
    int capacity();

    /** Single-threaded worker lanes; at least 1. */
    int workers();
}
