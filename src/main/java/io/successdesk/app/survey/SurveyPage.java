package io.successdesk.app.survey;

import java.util.Objects;
import java.util.Optional;

/**
 * What the public survey page shows: the company asking, and — for a genuine link — the ticket the answer is about.
 * Deliberately nothing about the account.
 *
 * @param view        which page
 * @param nonce       the per-form nonce to echo in the form, for {@link View#FORM}
 * @param error       the input error to show above the form, if any
 * @param ticket      the ticket, for a genuine link (not for {@link View#INVALID} or {@link View#TOO_MANY_REQUESTS})
 * @param companyName the company name from the survey settings, when set
 */
public record SurveyPage(View view, Optional<String> nonce, Optional<FormError> error, Optional<SurveyTicket> ticket,
                         Optional<String> companyName) {

    public enum View {
        /** Ask 1–5 and a comment. */
        FORM,
        /** Thank you: the answer was stored. */
        THANKS,
        /** A genuine link whose answer was stored before. */
        ALREADY_ANSWERED,
        /** A genuine link past its lifetime, not answered. */
        EXPIRED,
        /** Forged, malformed or unknown link, or a form this server did not render for it. */
        INVALID,
        /** Too many attempts from this address or for this link. */
        TOO_MANY_REQUESTS
    }

    /** Why a submitted form is shown again. */
    public enum FormError {
        NO_RATING,
        COMMENT_TOO_LONG
    }

    public SurveyPage {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(companyName, "companyName");
    }
}
