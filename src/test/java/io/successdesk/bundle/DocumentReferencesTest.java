package io.successdesk.bundle;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document the code, README and docs cite must be in the repository: a reference such as {@code docs/foo.md}
 * (resolved from the repository root, the citing file's folder or {@code docs/}) must name an existing file inside
 * the repository, and a document may not be cited by a bare name ("PRODUCT §4", "ARCHITECTURE") that is no file.
 */
class DocumentReferencesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern DOCUMENT_PATH = Pattern.compile("(?<![\\w/.-])((?:\\.\\.?/)*[\\w./-]*[\\w-]\\.md)\\b");
    private static final Pattern BARE_DOCUMENT_NAME = Pattern.compile("\\b(PRODUCT|ARCHITECTURE|METRICS)\\b(?!\\.md)");
    /** Web addresses are not repository documents (…/wiki/beehive.md). */
    private static final Pattern URL = Pattern.compile("\\b[a-z][a-z0-9+.-]*://\\S+");
    private static final Set<String> TEXT_FILES = Set.of("java", "xml", "yaml", "yml", "properties", "vm", "js", "css",
            "md", "txt", "html");

    @Test
    void shouldCiteOnlyDocumentsThatAreInTheRepository() {
        List<String> problems = new ArrayList<>();
        for (Path file : citingFiles()) {
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = URL.matcher(lines[i]).replaceAll(" ");
                Matcher path = DOCUMENT_PATH.matcher(line);
                while (path.find()) {
                    String problem = problemWith(file, path.group(1));
                    if (problem != null) {
                        problems.add(where(file, i) + ": " + path.group(1) + " " + problem);
                    }
                }
                Matcher bare = BARE_DOCUMENT_NAME.matcher(line);
                while (bare.find()) {
                    problems.add(where(file, i) + ": " + bare.group(1) + " is no file; cite docs/"
                            + bare.group(1).toLowerCase(java.util.Locale.ROOT) + ".md");
                }
            }
        }
        assertThat(problems).as("references to documents that are not in the repository").isEmpty();
    }

    @Test
    void shouldFindAMissingDocumentAndAReferenceOutsideTheRepository() {
        Path readme = ROOT.resolve("README.md");
        assertThat(problemWith(readme, "docs/architecture.md")).isNull();
        assertThat(problemWith(readme, "docs/metrics.md")).as("pending").isNull();
        assertThat(problemWith(readme, "docs/foo.md")).isNotNull();
        assertThat(problemWith(readme, "../shared/reference/jira-platform.md")).contains("outside");
        assertThat(BARE_DOCUMENT_NAME.matcher("as PRODUCT §4 says").find()).isTrue();
        assertThat(DOCUMENT_PATH.matcher("see docs/foo.md, §2").find()).isTrue();
        assertThat(URL.matcher("https://example.org/wiki/page.md").replaceAll(" ")).isBlank();
    }

    /** Null when {@code reference} names a document in the repository (or a pending one), else what is wrong. */
    private static String problemWith(Path citingFile, String reference) {
        if (reference.startsWith("target/")) {
            return null; // a build output the text describes, e.g. target/bench/report.md
        }
        List<Path> candidates = List.of(ROOT.resolve(reference), citingFile.getParent().resolve(reference),
                ROOT.resolve("docs").resolve(reference));
        for (Path candidate : candidates) {
            Path normalized = candidate.normalize();
            if (!normalized.startsWith(ROOT)) {
                return "is outside the repository";
            }
            String relative = ROOT.relativize(normalized).toString().replace('\\', '/');
            if (Files.isRegularFile(normalized)) {
                return null;
            }
        }
        return "does not exist";
    }

    private static List<Path> citingFiles() {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        for (String folder : List.of("src", "docs")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
                walk.filter(Files::isRegularFile).filter(DocumentReferencesTest::isText)
                        .filter(file -> !file.toString().contains("/docs/bench/")) // generated benchmark reports
                        .filter(file -> !file.getFileName().toString().equals("DocumentReferencesTest.java"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return TEXT_FILES.contains(name.substring(name.lastIndexOf('.') + 1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String where(Path file, int lineIndex) {
        return ROOT.relativize(file) + ":" + (lineIndex + 1);
    }
}
