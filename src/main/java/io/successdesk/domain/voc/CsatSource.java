package io.successdesk.domain.voc;

/** Where a CSAT answer came from: JSM's satisfaction field, SuccessDesk's own survey, or an import. */
public enum CsatSource {
    JSM, SURVEY, IMPORT
}
