package io.successdesk.app.revenue;

/**
 * How a retention series is cut: month over month, quarter over quarter, each month against a year before, or one
 * point comparing any two month-ends ({@code BETWEEN}: from → to). Definitions: docs/metrics.md.
 */
public enum RetentionView {
    MONTHLY, QUARTERLY, TRAILING_TWELVE_MONTHS, BETWEEN
}
