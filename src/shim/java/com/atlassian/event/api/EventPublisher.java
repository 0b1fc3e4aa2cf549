/*
 * Compile-only shim: void register(Object), void unregister(Object), void publish(Object) — the decompiled source;
 * used as eventPublisher.register(this) / unregister(this) by public Jira plugins (code search:
 * pawelniewie/automat-for-jira UserListener, NetxmsEventListener). Never packaged.
 */
package com.atlassian.event.api;

public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
