package io.successdesk.domain.voc;

/** An NPS answer on the 0–10 scale: 9–10 promoter, 7–8 passive, 0–6 detractor. */
public record NpsScore(int value) {

    public static final int MIN = 0;
    public static final int MAX = 10;
    /** The lowest answer of a passive. */
    public static final int PASSIVE_MIN = 7;
    /** The lowest answer of a promoter. */
    public static final int PROMOTER_MIN = 9;

    public NpsScore {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("NPS answer must be 0–10, got " + value);
        }
    }

    public static NpsScore of(int value) {
        return new NpsScore(value);
    }

    public NpsCategory category() {
        if (value >= PROMOTER_MIN) {
            return NpsCategory.PROMOTER;
        }
        return value >= PASSIVE_MIN ? NpsCategory.PASSIVE : NpsCategory.DETRACTOR;
    }
}
