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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** As AMPS writes it: an ISO-8601 timestamp of the build. */
    @Test
    void shouldStampTheBuildDate() throws IOException {
        assertThat(bundle.mainAttribute("Atlassian-Build-Date"))
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{4}");
    }

    /**
     * Jira 11 is a Jakarta EE 10 platform: each jakarta.* import asks for exactly the EE 10 version of its
     * specification (Servlet 6.0, RESTful Web Services 3.1, Annotations 2.1, Dependency Injection 2.0), up to the next
     * major version.
     */
    @Test
    void shouldImportJakartaPackagesInTheRangesOfJakartaEe10() throws IOException {
        Map<String, String> ee10 = Map.of("jakarta.servlet", "[6,7)", "jakarta.ws.rs", "[3.1,4)",
                "jakarta.annotation", "[2.1,3)", "jakarta.inject", "[2,3)");
        List<ImportPackageHeader> jakarta = ImportPackageHeader.parse(bundle.mainAttribute("Import-Package")).stream()
                .filter(clause -> clause.packageName().startsWith("jakarta.")).toList();
        assertThat(jakarta).isNotEmpty().allSatisfy(clause -> {
            String specification = ee10.keySet().stream()
                    .filter(prefix -> isInPackageTree(clause.packageName(), prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no Jakarta EE 10 range known for " + clause.packageName()));
            assertThat(clause.parameters()).as(clause.packageName())
                    .isEqualTo("version=\"" + ee10.get(specification) + "\"");
        });
    }

    /** docs/import-packages.md says, for every imported package, why the app needs it and why Jira offers it. */
    @Test
    void shouldDocumentEveryImportedPackage() throws IOException {
        Set<String> imported = ImportPackageHeader.parse(bundle.mainAttribute("Import-Package")).stream()
                .map(ImportPackageHeader::packageName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([\\w.]+)` \\|[^|]+\\|[^|]+\\|\\s*$")
                .matcher(Files.readString(Path.of("docs/import-packages.md")));
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertThat(imported).as("imported packages without a row in docs/import-packages.md")
                .isSubsetOf(documented);
        assertThat(documented).as("rows in docs/import-packages.md for packages the jar no longer imports")
                .isSubsetOf(imported);
    }

    /**
     * An optional import is missing on some installations (JSM): only classes in a {@code .present} package, created
     * after a runtime presence check, may reference it.
     */
    @Test
    void shouldReferenceOptionalPackagesOnlyBehindAPresenceCheck() throws IOException {
        Set<String> optional = ImportPackageHeader.parse(bundle.mainAttribute("Import-Package")).stream()
                .filter(ImportPackageHeader::isOptional).map(ImportPackageHeader::packageName)
                .collect(Collectors.toSet());
        Set<String> offenders = new TreeSet<>();
        for (JavaClass javaClass : bundle.appClasses()) {
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                if (optional.contains(dependency.getTargetClass().getBaseComponentType().getPackageName())
                        && !javaClass.getPackageName().endsWith(".present")) {
                    offenders.add(javaClass.getName() + " -> " + dependency.getTargetClass().getName());
                }
            }
        }
        assertThat(offenders).as("optional packages used outside a presence-checked package").isEmpty();
    }

    static boolean isEmbedded(String packageName) {
        return Stream.of("com.google.gson", "org.apache.commons.csv", "org.apache.commons.io", "org.apache.commons.codec",
                        "org.jspecify.annotations")
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
