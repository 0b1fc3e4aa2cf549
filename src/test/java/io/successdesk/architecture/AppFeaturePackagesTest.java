package io.successdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package picture of {@code app/} (docs/architecture.md "Packages of app/"): feature packages listed top-down,
 * each with the only sibling packages it may use; every one of them is listed below it. The root package
 * {@code io.successdesk.app} (exceptions, paging, transactions, UUIDs) is open to all.
 */
class AppFeaturePackagesTest {

    private static final String APP = "io.successdesk.app";

    /** Top-down: a package may depend only on the packages it names, and those are all further down the list. */
    static final Map<String, Set<String>> PICTURE = picture(
            "job", "refresh ticket",
            "refresh", "panel cta health account change",
            "panel", "cta health plan voc ticket account issue change security",
            "followup", "cta survey voc ticket issue",
            "cta", "health plan timeline voc ticket account config audit change",
            "health", "revenue timeline voc ticket account audit change",
            "survey", "voc config audit",
            "ticket", "link config issue timeline change",
            "link", "config audit",
            "account", "audit change validation",
            "plan", "timeline audit change validation",
            "revenue", "audit change validation",
            "voc", "timeline audit change validation",
            "timeline", "audit change validation",
            "security", "config",
            "config", "audit",
            "audit", "",
            "change", "",
            "issue", "",
            "validation", "");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(APP);
    }

    @Test
    void shouldLetEveryFeaturePackageUseOnlyThePackagesListedForIt() {
        PICTURE.forEach((feature, uses) -> {
            List<String> allowed = new ArrayList<>(List.of("java..", "jakarta.inject..", "org.jspecify.annotations..", "io.successdesk.domain..", APP,
                    APP + "." + feature + ".."));
            uses.forEach(used -> allowed.add(APP + "." + used + ".."));
            classes().that().resideInAPackage(APP + "." + feature + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                    .because("app." + feature + " may use only " + (uses.isEmpty() ? "the domain" : uses)
                            + " (docs/architecture.md \"Packages of app/\")")
                    .allowEmptyShould(true)
                    .check(production);
        });
    }

    @Test
    void shouldPlaceEveryPackageOfTheAppLayerInThePicture() {
        Set<String> unplaced = new TreeSet<>();
        for (JavaClass type : production) {
            String name = type.getPackageName();
            if (name.startsWith(APP + ".")) {
                String feature = name.substring(APP.length() + 1).split("\\.")[0];
                if (!PICTURE.containsKey(feature)) {
                    unplaced.add(name);
                }
            }
        }
        assertThat(unplaced).as("app packages missing from AppFeaturePackagesTest.PICTURE and docs/architecture.md")
                .isEmpty();
    }

    @Test
    void shouldListEveryPackageAboveThePackagesItUses() {
        List<String> order = List.copyOf(PICTURE.keySet());
        List<String> upward = new ArrayList<>();
        PICTURE.forEach((feature, uses) -> uses.stream()
                .filter(used -> !PICTURE.containsKey(used) || order.indexOf(used) <= order.indexOf(feature))
                .forEach(used -> upward.add(feature + " -> " + used)));
        assertThat(upward).as("dependencies that do not point down the picture").isEmpty();
    }

    private static Map<String, Set<String>> picture(String... featureThenUses) {
        Map<String, Set<String>> picture = new LinkedHashMap<>();
        for (int i = 0; i < featureThenUses.length; i += 2) {
            String uses = featureThenUses[i + 1].strip();
            picture.put(featureThenUses[i], uses.isEmpty() ? Set.of() : Set.of(uses.split(" ")));
        }
        return picture;
    }
}
