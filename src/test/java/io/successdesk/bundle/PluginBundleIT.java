package io.successdesk.bundle;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the jar {@code mvn package} built and checks what Jira's plugin system will check, and more. */
class PluginBundleIT {

    private static final String PLUGIN_KEY = System.getProperty("successdesk.pluginKey", "io.successdesk.successdesk-jira");

    /** Packages Jira provides that the app may import, besides the shim's (Atlassian) packages. */
    private static final List<String> PROVIDED_PREFIXES = List.of(
            "jakarta.inject", "jakarta.ws.rs", "jakarta.servlet", "jakarta.annotation", "net.java.ao", "org.slf4j",
            "javax.crypto", "javax.xml");

    private static BuiltBundle bundle;

    @BeforeAll
    static void openBundle() throws IOException {
        bundle = BuiltBundle.shared();
    }

    @Test
    void shouldDeclareTheTransformerlessPluginHeaders() throws IOException {
        assertThat(bundle.mainAttribute("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY);
        assertThat(bundle.mainAttribute("Bundle-SymbolicName")).isEqualTo(PLUGIN_KEY);
        assertThat(bundle.mainAttribute("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(bundle.mainAttribute("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\..+)?");
        assertThat(bundle.mainAttribute("Spring-Context")).isEqualTo("*");
        assertThat(bundle.contains("META-INF/spring/plugin-context.xml")).isTrue();
        assertThat(bundle.text("META-INF/spring/plugin-context.xml").orElseThrow()).contains("<atlassian-scanner:scan-indexes/>");
    }

    @Test
    void shouldExportNothing() throws IOException {
        String exports = bundle.mainAttribute("Export-Package");
        assertThat(exports == null || exports.isBlank()).as("Export-Package: %s", exports).isTrue();
    }

    @Test
    void shouldImportOnlyHostPackagesOrOptionalOnes() throws IOException {
        Set<String> shimPackages = shimPackages();
        List<ImportPackageHeader> imports = ImportPackageHeader.parse(bundle.mainAttribute("Import-Package"));

        assertThat(imports).isNotEmpty();
        assertThat(imports).allSatisfy(clause -> {
            assertThat(clause.packageName()).as("java.* is never imported").doesNotStartWith("java.");
            boolean allowed = clause.isOptional() || shimPackages.contains(clause.packageName())
                    || PROVIDED_PREFIXES.stream().anyMatch(prefix -> isInPackageTree(clause.packageName(), prefix));
            assertThat(allowed).as("unexpected import %s (not a shim, provided or optional package)", clause.packageName()).isTrue();
        });
    }

    @Test
    void shouldImportEveryPackageTheAppReferencesOutsideTheBundle() throws IOException {
        Set<String> imported = ImportPackageHeader.parse(bundle.mainAttribute("Import-Package")).stream()
                .map(ImportPackageHeader::packageName).collect(Collectors.toSet());
        JavaClasses classes = bundle.appClasses();
        Set<String> missing = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String targetPackage = target.getPackageName();
                if (target.isPrimitive() || targetPackage.startsWith("java.") || targetPackage.startsWith("io.successdesk")
                        || isEmbedded(targetPackage)) {
                    continue;
                }
                if (!imported.contains(targetPackage)) {
                    missing.add(targetPackage + " (used by " + javaClass.getName() + ")");
                }
            }
        }
        assertThat(missing).as("referenced but not imported: a ClassNotFoundException inside Jira").isEmpty();
    }

    @Test
    void shouldNotContainAtlassianClassesOrLooseLibraryClasses() {
        List<String> entries = bundle.entryNames();
        assertThat(entries).noneMatch(name -> name.startsWith("com/atlassian/"));
        assertThat(entries.stream().filter(name -> name.endsWith(".class")))
                .allMatch(name -> name.startsWith("io/successdesk/"));
    }

    @Test
    void shouldEmbedLibrariesPrivatelyOnTheBundleClassPath() throws IOException {
        List<String> classPath = Arrays.stream(bundle.mainAttribute("Bundle-ClassPath").split(","))
                .map(String::trim).toList();
        assertThat(classPath).contains(".");
        assertThat(classPath).anyMatch(entry -> entry.matches("META-INF/lib/gson-.*\\.jar"));
        assertThat(classPath).anyMatch(entry -> entry.matches("META-INF/lib/commons-csv-.*\\.jar"));
        classPath.stream().filter(entry -> !entry.equals("."))
                .forEach(entry -> assertThat(bundle.contains(entry)).as("Bundle-ClassPath entry %s", entry).isTrue());
    }

    static boolean isEmbedded(String packageName) {
        return Stream.of("com.google.gson", "org.apache.commons.csv", "org.apache.commons.io", "org.apache.commons.codec")
                .anyMatch(prefix -> isInPackageTree(packageName, prefix));
    }

    static boolean isInPackageTree(String packageName, String prefix) {
        return packageName.equals(prefix) || packageName.startsWith(prefix + ".");
    }

    static Set<String> shimPackages() throws IOException {
        Path shim = Path.of("src/shim/java");
        try (Stream<Path> files = Files.walk(shim)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> shim.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
