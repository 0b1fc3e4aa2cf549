package io.successdesk.sandbox;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sandbox's stand-in for Jira's event publisher: delivers an event synchronously, on the publishing thread, to
 * every registered listener's {@link EventListener} methods whose parameter type accepts it — as Jira does.
 */
final class SandboxEventPublisher implements EventPublisher {

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("listener " + listener + " failed", e);
                    }
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }
}
