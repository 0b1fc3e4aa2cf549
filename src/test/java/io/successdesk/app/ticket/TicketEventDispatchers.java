package io.successdesk.app.ticket;

/** Test factory: a {@link TicketEventDispatcher} with lane sizes of the test's choosing. */
public final class TicketEventDispatchers {

    private TicketEventDispatchers() {
    }

    public static TicketEventDispatcher of(TicketEventService service, ReconcileSet reconcile, int capacity, int workers) {
        return new TicketEventDispatcher(service, reconcile, new TicketEventLaneSizes() {
            @Override
            public int capacity() {
                return capacity;
            }

            @Override
            public int workers() {
                return workers;
            }
        });
    }
}
