package io.successdesk.domain.timeline;

/** How the CSM and the customer were in touch. */
public enum TouchpointType {
    CALL("Call"), MEETING("Meeting"), EMAIL("Email"), QBR("QBR"), NOTE("Note");

    private final String label;

    TouchpointType(String label) {
        this.label = label;
    }

    /** The English display name ("Call", "QBR"). */
    public String label() {
        return label;
    }
}
