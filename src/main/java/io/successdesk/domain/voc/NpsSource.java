package io.successdesk.domain.voc;

/** Where an NPS answer came from: SuccessDesk's survey, an import, or typed in by a CSM. */
public enum NpsSource {
    SURVEY, IMPORT, MANUAL
}
