package io.successdesk.app.revenue;

/**
 * One row of ARR history as a caller sends it, before validation. Every component may be null; the service names
 * each missing or invalid one. {@code month} is {@code YYYY-MM}; {@code arrMinorUnits} is the ARR at that month's
 * end in minor units (cents) of {@code currency}, an ISO-4217 code.
 */
public record ArrSubmission(String accountKey, String month, Long arrMinorUnits, String currency) {
}
