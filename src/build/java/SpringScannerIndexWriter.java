/*
 * Build step (run by exec-maven-plugin at process-classes, as a single-file Java program): writes the Atlassian
 * Spring Scanner index that the official scanner plugin would write under AMPS, from the annotations on the
 * compiled classes:
 *   META-INF/plugin-components/component  one line per @jakarta.inject.Named class: fqcn, or fqcn#beanName
 *   META-INF/plugin-components/imports    one line per distinct @ComponentImport type: fqcn, or fqcn#beanName
 *   META-INF/plugin-components/exports    one line per @ExportAsService class: fqcn#iface1,iface2
 * The scanner runtime reads these files line by line without trimming, so there are no blank lines, comments or
 * trailing spaces. Annotations the app must not use (product-scoped imports, Spring's @Component, @Autowired)
 * fail the build instead of being silently ignored.
 *
 * Bean names: the runtime names a component or an import after its decapitalised simple class name unless the line
 * carries #beanName, and two beans of one name silently become one. So two imported host interfaces with the same
 * simple name (Jira's and SAL's UserManager) must each be named with @ComponentImport("name"), one interface must
 * always be imported under the same name, and no name may serve two components or imports; otherwise the build fails.
 *
 * Usage: java -cp <compile classpath> SpringScannerIndexWriter.java <classes dir> <base package>
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class SpringScannerIndexWriter {

    private static final String NAMED = "jakarta.inject.Named";
    private static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";
    private static final Set<String> REFUSED = Set.of(
            "com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport",
            "com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent",
            "com.atlassian.plugin.spring.scanner.annotation.component.ClasspathComponent",
            "org.springframework.stereotype.Component",
            "org.springframework.beans.factory.annotation.Autowired",
            "javax.inject.Named",
            "javax.inject.Inject");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SpringScannerIndexWriter <classes dir> <base package>");
        }
        Path classes = Path.of(args[0]);
        String basePackage = args[1];
        Set<String> components = new TreeSet<>();
        java.util.Map<String, Set<String>> importNames = new java.util.TreeMap<>();
        Set<String> exports = new TreeSet<>();
        List<String> problems = new ArrayList<>();

        for (Class<?> type : loadClasses(classes, basePackage)) {
            checkRefused(type, problems);
            annotation(type, NAMED).ifPresentOrElse(
                    named -> components.add(withBeanName(type.getName(), stringValue(named))),
                    () -> { });
            annotation(type, EXPORT_AS_SERVICE).ifPresent(export -> exports.add(exportLine(type, export)));
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    annotation(parameter, COMPONENT_IMPORT).ifPresent(imported -> {
                        if (!parameter.getType().isInterface()) {
                            problems.add(type.getName() + ": @ComponentImport of " + parameter.getType().getName()
                                    + ", which is not an interface (host services are imported by interface)");
                        }
                        importNames.computeIfAbsent(parameter.getType().getName(), name -> new TreeSet<>())
                                .add(stringValue(imported));
                    });
                }
            }
            if (annotation(type, EXPORT_AS_SERVICE).isPresent() && hasComponentImport(type)) {
                problems.add(type.getName() + ": @ExportAsService and @ComponentImport on one class (SCANNER-766)");
            }
        }
        Set<String> imports = new TreeSet<>();
        importNames.forEach((type, names) -> {
            if (names.size() > 1) {
                problems.add(type + ": imported under different bean names " + names
                        + " (give every @ComponentImport of one interface the same name)");
            }
            imports.add(withBeanName(type, names.iterator().next()));
        });
        checkUniqueBeanNames(components, imports, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Spring Scanner index not written:\n  " + String.join("\n  ", problems));
        }
        Path index = classes.resolve("META-INF/plugin-components");
        Files.createDirectories(index);
        write(index.resolve("component"), components);
        write(index.resolve("imports"), imports);
        write(index.resolve("exports"), exports);
        System.out.printf("Spring Scanner index: %d components, %d imports, %d exports in %s%n",
                components.size(), imports.size(), exports.size(), index);
    }

    /**
     * Fails on two beans with one name, and on two imports whose simple names are equal when either relies on its
     * default name (the runtime would fall back to the full class name for one of them, depending on the order).
     */
    private static void checkUniqueBeanNames(Set<String> components, Set<String> imports, List<String> problems) {
        java.util.Map<String, List<String>> byBeanName = new java.util.TreeMap<>();
        for (String line : components) {
            byBeanName.computeIfAbsent(beanName(line), name -> new ArrayList<>()).add("component " + line);
        }
        for (String line : imports) {
            byBeanName.computeIfAbsent(beanName(line), name -> new ArrayList<>()).add("import " + line);
        }
        byBeanName.forEach((name, lines) -> {
            if (lines.size() > 1) {
                problems.add("bean name " + name + " used by " + lines + " (give one an explicit bean name)");
            }
        });
        java.util.Map<String, List<String>> bySimpleName = new java.util.TreeMap<>();
        for (String line : imports) {
            String type = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            String simpleName = type.substring(type.lastIndexOf('.') + 1);
            bySimpleName.computeIfAbsent(simpleName, name -> new ArrayList<>()).add(line);
        }
        bySimpleName.forEach((simpleName, lines) -> {
            if (lines.size() > 1 && lines.stream().anyMatch(line -> !line.contains("#"))) {
                problems.add("imports " + lines + " share the simple name " + simpleName
                        + ": give each an explicit bean name with @ComponentImport(\"name\")");
            }
        });
    }

    /**
     * The bean name the scanner runtime gives an index line: its {@code #name}, else the simple class name
     * decapitalised with {@code java.beans.Introspector}, as the runtime does.
     */
    static String beanName(String line) {
        if (line.contains("#")) {
            return line.substring(line.indexOf('#') + 1);
        }
        return java.beans.Introspector.decapitalize(line.substring(line.lastIndexOf('.') + 1));
    }

    private static List<Class<?>> loadClasses(Path classes, String basePackage) throws IOException {
        Path root = classes.resolve(basePackage.replace('.', '/'));
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        ClassLoader loader = SpringScannerIndexWriter.class.getClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
                    .sorted()
                    .map(name -> load(name, loader))
                    .filter(type -> !type.isAnnotation())
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    private static void checkRefused(Class<?> type, List<String> problems) {
        List<AnnotatedElement> elements = new ArrayList<>();
        elements.add(type);
        elements.addAll(Arrays.asList(type.getDeclaredFields()));
        elements.addAll(Arrays.asList(type.getDeclaredMethods()));
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            elements.add(constructor);
            elements.addAll(Arrays.asList(constructor.getParameters()));
        }
        for (AnnotatedElement element : elements) {
            for (Annotation annotation : element.getDeclaredAnnotations()) {
                if (REFUSED.contains(annotation.annotationType().getName())) {
                    problems.add(type.getName() + ": @" + annotation.annotationType().getName()
                            + " is not supported (use @jakarta.inject.Named, @Inject and @ComponentImport)");
                }
            }
        }
        for (Field field : type.getDeclaredFields()) {
            annotation(field, COMPONENT_IMPORT).ifPresent(a ->
                    problems.add(type.getName() + "." + field.getName() + ": use constructor injection for @ComponentImport"));
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            for (Parameter parameter : method.getParameters()) {
                annotation(parameter, COMPONENT_IMPORT).ifPresent(a ->
                        problems.add(type.getName() + "." + method.getName() + ": @ComponentImport outside a constructor"));
            }
        }
    }

    private static boolean hasComponentImport(Class<?> type) {
        return Arrays.stream(type.getDeclaredConstructors())
                .flatMap(constructor -> Arrays.stream(constructor.getParameters()))
                .anyMatch(parameter -> annotation(parameter, COMPONENT_IMPORT).isPresent());
    }

    private static String exportLine(Class<?> type, Annotation export) {
        Class<?>[] interfaces = (Class<?>[]) invoke(export, "value");
        if (interfaces.length == 0) {
            return type.getName();
        }
        return type.getName() + "#" + Arrays.stream(interfaces).map(Class::getName).collect(Collectors.joining(","));
    }

    private static java.util.Optional<Annotation> annotation(AnnotatedElement element, String annotationName) {
        return Arrays.stream(element.getDeclaredAnnotations())
                .filter(annotation -> annotation.annotationType().getName().equals(annotationName))
                .findFirst();
    }

    private static String stringValue(Annotation annotation) {
        return (String) invoke(annotation, "value");
    }

    private static Object invoke(Annotation annotation, String member) {
        try {
            return annotation.annotationType().getMethod(member).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + annotation, e);
        }
    }

    private static String withBeanName(String className, String beanName) {
        return beanName.isEmpty() ? className : className + "#" + beanName;
    }

    private static void write(Path file, Set<String> lines) {
        try {
            String text = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
