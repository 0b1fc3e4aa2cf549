package io.successdesk.sandbox;

import jakarta.inject.Inject;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's stand-in for the plugin's Spring context: instances registered by type, and constructor
 * autowiring for the classes the descriptor names (conditions, context providers), as Jira's plugin system does.
 */
final class SandboxComponents {

    private final Map<Class<?>, Object> byType = new LinkedHashMap<>();

    <T> T register(Class<T> type, T instance) {
        byType.put(type, instance);
        return instance;
    }

    <T> T get(Class<T> type) {
        Object instance = byType.get(type);
        if (instance == null) {
            throw new IllegalStateException("the sandbox provides no " + type.getName());
        }
        return type.cast(instance);
    }

    Map<Class<?>, Object> all() {
        return Map.copyOf(byType);
    }

    Object create(String className) {
        try {
            Class<?> type = Class.forName(className);
            Constructor<?> constructor = Arrays.stream(type.getConstructors())
                    .filter(c -> c.isAnnotationPresent(Inject.class)).findFirst()
                    .orElseGet(() -> {
                        try {
                            return type.getConstructor();
                        } catch (NoSuchMethodException e) {
                            throw new IllegalStateException(className + " has neither an @Inject nor a no-argument constructor", e);
                        }
                    });
            Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(this::get).toArray();
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + className, e);
        }
    }
}
