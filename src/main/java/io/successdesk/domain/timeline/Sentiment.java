package io.successdesk.domain.timeline;

/** The CSM's reading of how a touchpoint went. */
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE
}
