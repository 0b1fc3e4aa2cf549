package io.successdesk.domain.voc;

/** An NPS answer on the 0–10 scale: 9–10 promoter, 7–8 passive, 0–6 detractor. */
public record NpsScore(int value) {

    public NpsScore {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException("NPS answer must be 0–10, got " + value);
        }
    }

    public static NpsScore of(int value) {
        return new NpsScore(value);
    }

    public NpsCategory category() {
        if (value >= 9) {
            return NpsCategory.PROMOTER;
        }
        return value >= 7 ? NpsCategory.PASSIVE : NpsCategory.DETRACTOR;
    }
}
