package io.successdesk.domain.voc;

/** A CSAT answer on the 1–5 scale; 4 and 5 count as satisfied. */
public record CsatRating(int value) {

    public CsatRating {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException("CSAT rating must be 1–5, got " + value);
        }
    }

    public static CsatRating of(int value) {
        return new CsatRating(value);
    }

    public boolean isSatisfied() {
        return value >= 4;
    }
}
