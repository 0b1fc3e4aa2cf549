package io.successdesk.bundle;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.successdesk.bundle.WiringAnnotations.COMPONENT_IMPORT;
import static io.successdesk.bundle.WiringAnnotations.EXPORT_AS_SERVICE;
import static io.successdesk.bundle.WiringAnnotations.NAMED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Scanner index in the jar must list exactly the annotated classes and imports, in the format the
 * scanner runtime reads (line by line, no trimming: no blank lines, comments or trailing spaces). The expected
 * lines are recomputed here with ArchUnit, independently of the build step that wrote them.
 */
class SpringScannerIndexIT {

    private static BuiltBundle bundle;
    private static JavaClasses classes;

    @BeforeAll
    static void openBundle() throws IOException {
        bundle = BuiltBundle.shared();
        classes = bundle.appClasses();
    }

    @Test
    void shouldListEveryNamedClassAsAComponent() {
        Set<String> expected = classes.stream().filter(c -> c.isAnnotatedWith(NAMED))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(indexLines("component")).containsExactlyElementsOf(expected);
        assertThat(expected).as("the app has components at all").isNotEmpty();
    }

    @Test
    void shouldListEveryComponentImportOnce() {
        Set<String> expected = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            for (JavaConstructor constructor : javaClass.getConstructors()) {
                for (JavaParameter parameter : constructor.getParameters()) {
                    if (parameter.isAnnotatedWith(COMPONENT_IMPORT)) {
                        String beanName = parameter.getAnnotationOfType(COMPONENT_IMPORT).get("value")
                                .map(String::valueOf).orElse("");
                        String type = parameter.getRawType().getName();
                        expected.add(beanName.isEmpty() ? type : type + "#" + beanName);
                    }
                }
            }
        }
        assertThat(indexLines("imports")).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldImportOnlyInterfacesFromImportedPackages() throws IOException {
        Set<String> importedPackages = ImportPackageHeader.parse(bundle.mainAttribute("Import-Package")).stream()
                .map(ImportPackageHeader::packageName).collect(Collectors.toSet());
        assertThat(indexLines("imports")).allSatisfy(line -> {
            String type = typeOf(line);
            String packageName = type.substring(0, type.lastIndexOf('.'));
            assertThat(importedPackages).as("package of imported service %s", line).contains(packageName);
        });
    }

    @Test
    void shouldListEveryExportedService() {
        Set<String> expected = classes.stream().filter(c -> c.isAnnotatedWith(EXPORT_AS_SERVICE))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> exportedClasses = indexLines("exports").stream()
                .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(exportedClasses).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldWriteIndexFilesTheRuntimeCanReadLineByLine() {
        for (String file : List.of("component", "imports", "exports")) {
            String text = bundle.text("META-INF/plugin-components/" + file)
                    .orElseThrow(() -> new AssertionError("missing index file " + file));
            if (text.isEmpty()) {
                continue;
            }
            assertThat(text).as(file).endsWith("\n").doesNotContain("\r").doesNotContain("\n\n");
            assertThat(text.split("\n")).as(file).allSatisfy(line -> assertThat(line)
                    .isNotBlank().isEqualTo(line.strip()).doesNotStartWith("#").matches("[\\w.$#,]+"));
        }
    }

    @Test
    void shouldNotGiveTwoComponentsTheSameDefaultBeanName() {
        List<String> simpleNames = indexLines("component").stream()
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).toList();
        assertThat(simpleNames).doesNotHaveDuplicates();
    }

    /**
     * The runtime names each bean by its {@code #beanName} or else its decapitalised simple class name, and two beans
     * of one name silently become one (reference §2.7): no two components or imports may share a bean name.
     */
    @Test
    void shouldGiveEveryComponentAndImportABeanNameOfItsOwn() {
        List<String> beanNames = new java.util.ArrayList<>();
        indexLines("component").forEach(line -> beanNames.add(beanName(line)));
        indexLines("imports").forEach(line -> beanNames.add(beanName(line)));
        assertThat(beanNames).doesNotHaveDuplicates();
    }

    /** Jira's and SAL's {@code UserManager}: same simple name, so each import must say its bean name. */
    @Test
    void shouldNameImportsExplicitlyWhenTheirSimpleNamesCollide() {
        java.util.Map<String, List<String>> bySimpleName = indexLines("imports").stream().collect(Collectors.groupingBy(
                line -> typeOf(line).substring(typeOf(line).lastIndexOf('.') + 1)));
        bySimpleName.values().stream().filter(lines -> lines.size() > 1).forEach(lines ->
                assertThat(lines).as("imports sharing a simple name").allMatch(line -> line.contains("#")));
        assertThat(indexLines("imports")).contains(
                "com.atlassian.jira.user.util.UserManager#jiraUserManager",
                "com.atlassian.sal.api.user.UserManager#salUserManager");
    }

    @Test
    void shouldComputeBeanNamesAsTheRuntimeDoes() {
        assertThat(beanName("com.atlassian.sal.api.user.UserManager")).isEqualTo("userManager");
        assertThat(beanName("com.atlassian.sal.api.user.UserManager#salUserManager")).isEqualTo("salUserManager");
        assertThat(beanName("io.successdesk.jira.URLThing")).isEqualTo("URLThing");
    }

    private static String typeOf(String line) {
        return line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
    }

    /** As the scanner runtime: {@code Introspector.decapitalize} of the simple name, unless the line names the bean. */
    static String beanName(String line) {
        if (line.contains("#")) {
            return line.substring(line.indexOf('#') + 1);
        }
        return java.beans.Introspector.decapitalize(line.substring(line.lastIndexOf('.') + 1));
    }

    private static List<String> indexLines(String file) {
        String text = bundle.text("META-INF/plugin-components/" + file)
                .orElseThrow(() -> new AssertionError("missing index file " + file));
        return Arrays.stream(text.split("\n")).filter(line -> !line.isEmpty()).toList();
    }
}
