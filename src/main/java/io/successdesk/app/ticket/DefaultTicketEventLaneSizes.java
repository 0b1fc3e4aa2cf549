package io.successdesk.app.ticket;

import jakarta.inject.Named;

/** The lane sizes of the running app: 10,000 waiting ids over 2 lanes. */
@Named
public class DefaultTicketEventLaneSizes implements TicketEventLaneSizes {

    public static final int CAPACITY = 10_000;
    public static final int WORKERS = 2;

    @Override
    public int capacity() {
        return CAPACITY;
    }

    @Override
    public int workers() {
        return WORKERS;
    }
}
