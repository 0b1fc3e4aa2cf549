package io.successdesk.domain.cta;

import io.successdesk.domain.voc.NpsScore;

import java.time.LocalDate;
import java.util.Objects;

/** An NPS answer as a CTA signal: the 0–10 score and the day (UTC) it was given. */
public record NpsAnswer(NpsScore score, LocalDate answeredOn) {

    public NpsAnswer {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(answeredOn, "answeredOn");
    }
}
