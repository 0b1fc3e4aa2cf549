package io.successdesk.app.revenue;

/** How a retention series is cut: month over month, quarter over quarter, or each month against a year before. */
public enum RetentionView {
    MONTHLY, QUARTERLY, TRAILING_TWELVE_MONTHS
}
