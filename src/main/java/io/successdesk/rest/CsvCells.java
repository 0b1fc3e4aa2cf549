package io.successdesk.rest;

/**
 * Cells of the CSV files the app writes. A cell a spreadsheet would run as a formula ({@code = + - @}, tab, CR) or one
 * starting with {@code '} gets a leading {@code '}: the spreadsheet shows the text, and the app's own CSV reading
 * removes the mark again.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r'".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
