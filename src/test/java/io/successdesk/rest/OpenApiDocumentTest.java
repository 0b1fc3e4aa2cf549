package io.successdesk.rest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped OpenAPI file documents exactly the endpoints the resource classes declare. */
class OpenApiDocumentTest {

    private static final Pattern PATH = Pattern.compile("^  (/[^:\\s]*):\\s*$");
    private static final Pattern OPERATION = Pattern.compile("^    (get|put|post|delete|patch|head|options):.*$");

    @Test
    void shouldDocumentEveryResourceMethodAndNothingElse() throws IOException {
        assertThat(documentedOperations()).isEqualTo(RestEndpoints.declared());
    }

    @Test
    void shouldFindTheEndpointsItCompares() throws IOException {
        assertThat(documentedOperations()).contains("GET /me", "PUT /accounts/{key}", "POST /import/accounts");
    }

    /** One casing everywhere: every enum the file lists is written as {@code EnumNames} writes enum values. */
    @Test
    void shouldWriteEveryEnumValueInTheWireCasing() throws IOException {
        String yaml = yaml();
        Matcher enums = Pattern.compile("enum: \\[([^\\]]*)]").matcher(yaml);
        List<String> values = new java.util.ArrayList<>();
        while (enums.find()) {
            for (String value : enums.group(1).split(",")) {
                values.add(value.strip());
            }
        }
        assertThat(values).isNotEmpty().allSatisfy(value -> assertThat(value).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(yaml).contains("enum: " + io.successdesk.app.validation.EnumNames.choices(
                        io.successdesk.app.revenue.RetentionView.class).toString())
                .as("REST ingestion takes imports (and NPS typed in by hand) only; jsm and survey come from the app")
                .contains("source: {type: string, enum: [import], description:")
                .contains("source: {type: string, enum: [import, manual], description:");
        assertThat(io.successdesk.app.validation.EnumNames.choices(io.successdesk.domain.voc.CsatSource.class))
                .contains("import");
        assertThat(io.successdesk.app.validation.EnumNames.choices(io.successdesk.domain.voc.NpsSource.class))
                .contains("import", "manual");
    }

    private static String yaml() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream("openapi/successdesk.yaml")) {
            assertThat(in).as("openapi/successdesk.yaml on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Operations under {@code paths:} as {@code "GET /accounts/{key}"}, read line by line (2-space indentation). */
    static Set<String> documentedOperations() throws IOException {
        List<String> lines;
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream("openapi/successdesk.yaml")) {
            assertThat(in).as("openapi/successdesk.yaml on the class path").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Set<String> operations = new TreeSet<>();
        boolean inPaths = false;
        String path = null;
        for (String line : lines) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inPaths = line.startsWith("paths:");
                path = null;
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher pathMatch = PATH.matcher(line);
            Matcher operationMatch = OPERATION.matcher(line);
            if (pathMatch.matches()) {
                path = pathMatch.group(1);
            } else if (operationMatch.matches() && path != null) {
                operations.add(operationMatch.group(1).toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        return operations;
    }
}
