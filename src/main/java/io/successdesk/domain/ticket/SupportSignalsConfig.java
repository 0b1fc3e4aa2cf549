package io.successdesk.domain.ticket;

/**
 * The windows and thresholds of the support signals.
 *
 * @param recentDays            days in the "recent" volume window ending on the as-of day (default 30)
 * @param baselineDays          days in the baseline window just before the recent one (default 90)
 * @param windowDays            days, ending on the as-of day, over which resolutions and first responses
 *                              are measured for medians and reopen rate (default 90)
 * @param lowestHighPriorityRank the lowest priority rank still counted as high priority (default 2: Jira's
 *                              Highest = 1 and High = 2)
 */
public record SupportSignalsConfig(int recentDays, int baselineDays, int windowDays, int lowestHighPriorityRank) {

    public static final SupportSignalsConfig DEFAULTS = new SupportSignalsConfig(30, 90, 90, 2);

    public SupportSignalsConfig {
        requirePositive("recentDays", recentDays);
        requirePositive("baselineDays", baselineDays);
        requirePositive("windowDays", windowDays);
        requirePositive("lowestHighPriorityRank", lowestHighPriorityRank);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be 1 or more, got " + value);
        }
    }
}
