package io.successdesk.app.survey;

import java.util.Objects;
import java.util.Optional;

/**
 * What the public survey page shows. Deliberately nothing about the account or the issue.
 *
 * @param view  which page
 * @param nonce the per-form nonce to echo in the form, for {@link View#FORM}
 * @param error the input error to show above the form, if any
 */
public record SurveyPage(View view, Optional<String> nonce, Optional<String> error) {

    public enum View {
        /** Ask 1–5 and a comment. */
        FORM,
        /** Thank you: the answer was stored. */
        THANKS,
        /** Forged, expired, malformed or used link: one and the same page. */
        NO_LONGER_VALID,
        /** Too many attempts from this address or for this link. */
        TOO_MANY_REQUESTS
    }

    public SurveyPage {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(error, "error");
    }

    static SurveyPage of(View view) {
        return new SurveyPage(view, Optional.empty(), Optional.empty());
    }
}
