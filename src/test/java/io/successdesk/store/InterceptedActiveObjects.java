package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BiConsumer;

/**
 * The real {@link ActiveObjects} with a hook run before each call (not a mock: every call reaches the database).
 * Tests use it to fail or pause a store in the middle of its transaction.
 */
final class InterceptedActiveObjects {

    private InterceptedActiveObjects() {
    }

    /** @param beforeCall gets the method name and arguments; may throw to make that call fail */
    static ActiveObjects around(ActiveObjects real, BiConsumer<String, Object[]> beforeCall) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    beforeCall.accept(method.getName(), args == null ? new Object[0] : args);
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A hook that fails the first {@code create} of rows of {@code type}. */
    static BiConsumer<String, Object[]> failOnCreate(Class<?> type) {
        return (method, args) -> {
            if (method.equals("create") && args.length > 0 && args[0] == type) {
                throw new IllegalStateException("injected failure creating " + type.getSimpleName());
            }
        };
    }
}
