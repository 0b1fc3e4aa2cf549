package io.successdesk.domain.voc;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window rate limit per key: at most {@code limit} attempts per key in each window of {@code window}
 * (counted from the key's first attempt in that window). Thread-safe; keys of expired windows are dropped as new ones
 * arrive, and never more than {@code maxKeys} are tracked (when full, unknown keys are refused: fail closed).
 */
public final class RateLimit {

    private record Window(Instant start, int count) {
    }

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimit(int limit, Duration window, int maxKeys) {
        if (limit < 1 || maxKeys < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive limit, window and key capacity");
        }
        this.limit = limit;
        this.window = Objects.requireNonNull(window, "window");
        this.maxKeys = maxKeys;
    }

    /** Counts an attempt for the key at {@code now}; true when it is within the limit. */
    public boolean tryAcquire(String key, Instant now) {
        Objects.requireNonNull(key, "key");
        if (windows.size() >= maxKeys) {
            evictExpired(now);
            if (windows.size() >= maxKeys && !windows.containsKey(key)) {
                return false;
            }
        }
        Window updated = windows.compute(key, (k, current) ->
                current == null || !now.isBefore(current.start().plus(window))
                        ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        return updated.count() <= limit;
    }

    private void evictExpired(Instant now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next().start().plus(window))) {
                it.remove();
            }
        }
    }
}
