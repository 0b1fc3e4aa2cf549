package io.successdesk.bundle;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.successdesk.bundle.WiringAnnotations.NAMED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class Jira instantiates — components ({@code @Named}), module classes named in {@code atlassian-plugin.xml}
 * and REST resources and providers — has exactly one non-private constructor. With one constructor Spring needs no
 * annotation to choose it; with two it must honour our {@code @jakarta.inject.Inject}, which the scanner runtime is
 * not proven to do (it registers a {@code javax.inject} processor), and the context fails with "No default
 * constructor found". Test-only constructors belong in test code.
 */
class OneConstructorIT {

    private static final Pattern DESCRIPTOR_CLASS =
            Pattern.compile("class=\"([\\w.$]+)\"|<upgradeTask>\\s*([\\w.$]+)\\s*</upgradeTask>");
    private static final Set<String> REST_ANNOTATIONS = Set.of("jakarta.ws.rs.Path", "jakarta.ws.rs.ext.Provider");

    private static JavaClasses classes;
    private static Set<String> moduleClasses;

    @BeforeAll
    static void openBundle() throws IOException {
        BuiltBundle bundle = BuiltBundle.shared();
        classes = bundle.appClasses();
        moduleClasses = new TreeSet<>();
        Matcher matcher = DESCRIPTOR_CLASS.matcher(bundle.text("atlassian-plugin.xml").orElseThrow());
        while (matcher.find()) {
            moduleClasses.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
    }

    @Test
    void shouldGiveEveryComponentModuleClassAndRestResourceExactlyOneConstructor() {
        List<JavaClass> instantiatedByJira = classes.stream().filter(OneConstructorIT::isInstantiatedByJira).toList();
        assertThat(instantiatedByJira).as("components, module classes and REST resources found").hasSizeGreaterThan(50);
        List<String> problems = instantiatedByJira.stream()
                .filter(javaClass -> nonPrivateConstructors(javaClass).size() != 1)
                .map(javaClass -> javaClass.getName() + " has " + nonPrivateConstructors(javaClass).size()
                        + " non-private constructors " + nonPrivateConstructors(javaClass).stream()
                        .map(JavaConstructor::getFullName).toList())
                .toList();
        assertThat(problems).as("classes Jira instantiates with other than one constructor").isEmpty();
    }

    @Test
    void shouldFindEveryModuleClassTheDescriptorNames() {
        assertThat(moduleClasses).isNotEmpty().allSatisfy(name -> assertThat(classes.contain(name))
                .as("module class %s in the jar", name).isTrue());
    }

    private static boolean isInstantiatedByJira(JavaClass javaClass) {
        if (javaClass.isInterface() || javaClass.getModifiers().contains(JavaModifier.ABSTRACT)) {
            return false;
        }
        return javaClass.isAnnotatedWith(NAMED) || moduleClasses.contains(javaClass.getName())
                || REST_ANNOTATIONS.stream().anyMatch(javaClass::isAnnotatedWith);
    }

    private static List<JavaConstructor> nonPrivateConstructors(JavaClass javaClass) {
        return javaClass.getConstructors().stream()
                .filter(constructor -> !constructor.getModifiers().contains(JavaModifier.PRIVATE))
                .filter(constructor -> !constructor.getModifiers().contains(JavaModifier.SYNTHETIC))
                .toList();
    }
}
