package io.successdesk.bundle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * The plugin jar that {@code mvn package} built, opened for inspection by the bundle tests: once per test JVM
 * ({@link #shared()}), its classes imported once, and closed when the JVM exits.
 */
final class BuiltBundle implements AutoCloseable {

    private static BuiltBundle shared;

    private final Path path;
    private final JarFile jar;
    private JavaClasses appClasses;

    private BuiltBundle(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
    }

    /** The jar, opened on first use and closed at JVM exit. */
    static synchronized BuiltBundle shared() throws IOException {
        if (shared == null) {
            BuiltBundle bundle = open();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    bundle.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }, "close built bundle"));
            shared = bundle;
        }
        return shared;
    }

    private static BuiltBundle open() throws IOException {
        String location = System.getProperty("successdesk.bundle");
        if (location == null) {
            throw new IllegalStateException("system property successdesk.bundle is not set: run the bundle tests with mvn verify");
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("the built plugin jar is missing: " + path);
        }
        return new BuiltBundle(path);
    }

    Manifest manifest() throws IOException {
        return jar.getManifest();
    }

    String mainAttribute(String name) throws IOException {
        return manifest().getMainAttributes().getValue(name);
    }

    List<String> entryNames() {
        List<String> names = new ArrayList<>();
        jar.stream().map(ZipEntry::getName).forEach(names::add);
        return names;
    }

    boolean contains(String entryName) {
        return jar.getEntry(entryName) != null;
    }

    Optional<String> text(String entryName) {
        ZipEntry entry = jar.getEntry(entryName);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's own classes, as ArchUnit sees them in the jar (imported on first use). */
    synchronized JavaClasses appClasses() throws IOException {
        if (appClasses == null) {
            try (JarFile archive = new JarFile(path.toFile())) {
                appClasses = new ClassFileImporter().importJar(archive).that(
                        com.tngtech.archunit.base.DescribedPredicate.describe("in io.successdesk",
                                javaClass -> javaClass.getPackageName().startsWith("io.successdesk")));
            }
        }
        return appClasses;
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
