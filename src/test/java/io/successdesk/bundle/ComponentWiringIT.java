package io.successdesk.bundle;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.successdesk.bundle.WiringAnnotations.COMPONENT_IMPORT;
import static io.successdesk.bundle.WiringAnnotations.INJECT;
import static io.successdesk.bundle.WiringAnnotations.NAMED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring will do inside Jira, checked on the jar: every constructor parameter of every component, REST
 * resource, condition and context provider must be satisfied by exactly one component of the plugin, or be a host
 * service imported with {@code @ComponentImport}. A port without an implementation fails here instead of
 * disabling the whole app at install time.
 */
class ComponentWiringIT {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() throws IOException {
        classes = BuiltBundle.shared().appClasses();
    }

    @Test
    void shouldSatisfyEveryInjectedParameterWithExactlyOneComponentOrAHostImport() {
        List<JavaClass> components = classes.stream().filter(c -> c.isAnnotatedWith(NAMED)).toList();
        List<String> problems = new ArrayList<>();
        for (JavaClass injected : classes) {
            for (JavaConstructor constructor : injected.getConstructors()) {
                if (!constructor.isAnnotatedWith(INJECT)) {
                    continue;
                }
                for (JavaParameter parameter : constructor.getParameters()) {
                    if (parameter.isAnnotatedWith(COMPONENT_IMPORT)) {
                        continue;
                    }
                    JavaClass wanted = collectionElement(parameter).orElse(parameter.getRawType());
                    Set<String> candidates = components.stream()
                            .filter(component -> component.isAssignableTo(wanted.getName()))
                            .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
                    boolean many = collectionElement(parameter).isPresent();
                    if (many ? candidates.isEmpty() : candidates.size() != 1) {
                        problems.add(injected.getSimpleName() + " needs " + wanted.getName() + ": "
                                + (candidates.isEmpty() ? "no component provides it" : "ambiguous " + candidates));
                    }
                }
            }
        }
        assertThat(problems).as("unsatisfied or ambiguous injections").isEmpty();
    }

    /** For a {@code List<T>}, {@code Set<T>} or {@code Collection<T>} parameter (Spring injects every T), T. */
    private static java.util.Optional<JavaClass> collectionElement(JavaParameter parameter) {
        String raw = parameter.getRawType().getName();
        if (!Set.of("java.util.List", "java.util.Set", "java.util.Collection").contains(raw)
                || !(parameter.getType() instanceof com.tngtech.archunit.core.domain.JavaParameterizedType generic)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(generic.getActualTypeArguments().get(0).toErasure());
    }

    @Test
    void shouldGiveEveryComponentOneInjectableConstructor() {
        List<String> problems = new ArrayList<>();
        for (JavaClass component : classes.stream().filter(c -> c.isAnnotatedWith(NAMED)).toList()) {
            long injectable = component.getConstructors().stream().filter(c -> c.isAnnotatedWith(INJECT)).count();
            boolean defaultOnly = component.getConstructors().size() == 1
                    && component.getConstructors().iterator().next().getParameters().isEmpty();
            if (injectable != 1 && !defaultOnly) {
                problems.add(component.getName() + " has " + injectable + " @Inject constructors");
            }
        }
        assertThat(problems).isEmpty();
    }
}
