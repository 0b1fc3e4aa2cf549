package io.successdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Appends measured figures, each next to its budget from docs/architecture.md, to {@code target/bench/report.md}
 * (the {@code bench} profile sets the path). Benchmarks report; they never pass or fail on timing.
 */
public final class BenchReport {

    private final Path file;

    private BenchReport(Path file) {
        this.file = file;
    }

    public static BenchReport open() {
        Path file = Path.of(System.getProperty("successdesk.bench.report", "target/bench/report.md"));
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, "# SuccessDesk benchmark report\n\nMachine: " + Runtime.getRuntime().availableProcessors()
                        + " cores, Java " + System.getProperty("java.version") + ".\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchReport(file);
    }

    public void section(String title, String text) {
        append("\n## " + title + "\n\n_" + Instant.now() + "_\n\n" + text + "\n");
    }

    /** One row: what was measured, the figure, the budget, and the ratio to a raw-SQL baseline when there is one. */
    public void row(String what, String measured, String budget, String versusBaseline) {
        append("| " + what + " | " + measured + " | " + budget + " | " + versusBaseline + " |\n");
    }

    public void tableHeader() {
        append("\n| what | measured | budget | vs raw SQL |\n|---|---|---|---|\n");
    }

    private void append(String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(text);
    }
}
