package io.successdesk.domain.voc;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fixed-window rate limit per key: at most {@code limit} attempts per key in each window of {@code window}
 * (counted from the key's first attempt in that window). Thread-safe. At most {@code maxKeys} keys are tracked: when
 * a new key arrives at a full limiter, expired windows are dropped and, if none had expired, the key whose window
 * started first, so a flood of new keys costs old keys their count but never locks a new client out.
 */
public final class RateLimit {

    private record Window(Instant start, int count) {
    }

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    /** In the order the windows started: the first entry is the oldest window. */
    private final Map<String, Window> windows = new LinkedHashMap<>();

    public RateLimit(int limit, Duration window, int maxKeys) {
        if (limit < 1 || maxKeys < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive limit, window and key capacity");
        }
        this.limit = limit;
        this.window = Objects.requireNonNull(window, "window");
        this.maxKeys = maxKeys;
    }

    /** Counts an attempt for the key at {@code now}; true when it is within the limit. */
    public synchronized boolean tryAcquire(String key, Instant now) {
        Objects.requireNonNull(key, "key");
        Window current = windows.get(key);
        if (current != null && now.isBefore(current.start().plus(window))) {
            Window counted = new Window(current.start(), current.count() + 1);
            windows.put(key, counted);
            return counted.count() <= limit;
        }
        windows.remove(key);
        if (windows.size() >= maxKeys) {
            makeRoom(now);
        }
        windows.put(key, new Window(now, 1));
        return true;
    }

    private void makeRoom(Instant now) {
        Iterator<Window> oldestFirst = windows.values().iterator();
        boolean removed = false;
        while (oldestFirst.hasNext() && !now.isBefore(oldestFirst.next().start().plus(window))) {
            oldestFirst.remove();
            removed = true;
        }
        if (!removed) {
            Iterator<String> oldest = windows.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
