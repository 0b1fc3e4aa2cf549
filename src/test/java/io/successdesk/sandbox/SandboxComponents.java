package io.successdesk.sandbox;

import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's stand-in for the plugin's Spring context: it creates the app's real components from the Spring
 * Scanner index the build wrote (constructor autowiring by type, {@code List<T>} receiving every T), next to the
 * sandbox's stand-ins for the host services and the Jira-side ports. Conditions and context providers named in
 * the descriptor are created the same way. It holds no logic of the app.
 */
final class SandboxComponents {

    private final Map<Object, Class<?>> instances = new LinkedHashMap<>();
    /** Indexed components not created yet: a collection of a type waits for all of them, as Spring injects every bean. */
    private final List<Class<?>> uncreated = new ArrayList<>();

    /** Adds a stand-in (or a prepared instance) that components may receive as a {@code type}. */
    <T> T register(Class<T> type, T instance) {
        instances.put(instance, type);
        return instance;
    }

    /** The one registered instance assignable to {@code type}. */
    <T> T get(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException("the sandbox provides no " + type.getName()));
    }

    /** Every registered instance, by the type it was registered or created as. */
    Map<Object, Class<?>> all() {
        return Map.copyOf(instances);
    }

    /** Creates an instance of {@code className} by autowiring its constructor (not registered). */
    Object create(String className) {
        try {
            return instantiate(Class.forName(className)).orElseThrow(() ->
                    new IllegalStateException("cannot satisfy the constructor of " + className + " in the sandbox"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot create " + className, e);
        }
    }

    /**
     * Creates and registers, in an order their constructors allow, every component of the Spring Scanner index
     * whose name starts with one of {@code prefixes}.
     */
    void createIndexedComponents(Set<String> prefixes) {
        List<Class<?>> pending = new ArrayList<>();
        for (String line : indexLines()) {
            String className = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (prefixes.stream().anyMatch(className::startsWith)) {
                try {
                    pending.add(Class.forName(className));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("index names a missing class " + className, e);
                }
            }
        }
        uncreated.addAll(pending);
        while (!pending.isEmpty()) {
            List<Class<?>> created = new ArrayList<>();
            for (Class<?> type : pending) {
                if (find(type).isPresent()) {
                    created.add(type);
                    uncreated.remove(type);
                    continue;
                }
                instantiate(type).ifPresent(instance -> {
                    instances.put(instance, type);
                    created.add(type);
                    uncreated.remove(type);
                });
            }
            if (created.isEmpty()) {
                throw new IllegalStateException("the sandbox cannot satisfy the constructors of " + pending);
            }
            pending.removeAll(created);
        }
    }

    private Optional<Object> instantiate(Class<?> type) {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class)).findFirst()
                .orElseGet(() -> {
                    try {
                        return type.getConstructor();
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException(type.getName() + " has neither an @Inject nor a no-argument constructor", e);
                    }
                });
        Type[] parameters = constructor.getGenericParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Optional<Object> argument = resolve(parameters[i]);
            if (argument.isEmpty()) {
                return Optional.empty();
            }
            arguments[i] = argument.get();
        }
        try {
            return Optional.of(constructor.newInstance(arguments));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    private Optional<Object> resolve(Type parameter) {
        if (parameter instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            if (uncreated.stream().anyMatch(element::isAssignableFrom)) {
                return Optional.empty();
            }
            List<Object> matches = instances.keySet().stream().filter(element::isInstance).toList();
            return matches.isEmpty() ? Optional.empty() : Optional.of(matches);
        }
        Class<?> wanted = parameter instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) parameter;
        return find(wanted).map(Object.class::cast);
    }

    private <T> Optional<T> find(Class<T> type) {
        List<Object> matches = instances.keySet().stream().filter(type::isInstance).toList();
        if (matches.size() > 1) {
            throw new IllegalStateException("the sandbox has " + matches.size() + " candidates for " + type.getName());
        }
        return matches.stream().findFirst().map(type::cast);
    }

    private static List<String> indexLines() {
        try (InputStream in = SandboxComponents.class.getClassLoader()
                .getResourceAsStream("META-INF/plugin-components/component")) {
            if (in == null) {
                throw new IllegalStateException("no Spring Scanner index on the class path: run mvn -Psandbox (process-classes)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
