package io.successdesk.bundle;

import java.util.ArrayList;
import java.util.List;

/** One clause of an OSGi {@code Import-Package} header: the package and its attributes and directives. */
record ImportPackageHeader(String packageName, String parameters) {

    boolean isOptional() {
        return parameters.contains("resolution:=optional");
    }

    /** Splits the header on the commas that separate clauses (not those inside quoted version ranges). */
    static List<ImportPackageHeader> parse(String header) {
        List<ImportPackageHeader> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(clause(current.toString()));
        return clauses;
    }

    private static ImportPackageHeader clause(String text) {
        int semicolon = text.indexOf(';');
        return semicolon < 0
                ? new ImportPackageHeader(text.trim(), "")
                : new ImportPackageHeader(text.substring(0, semicolon).trim(), text.substring(semicolon + 1).trim());
    }
}
