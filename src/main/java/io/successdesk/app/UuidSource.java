package io.successdesk.app;

import java.util.UUID;

/**
 * Port: the identifiers of new plans and touchpoints. One component ({@link RandomUuidSource}) serves the app;
 * tests pass a sequence so the ids they assert are known in advance.
 */
@FunctionalInterface
public interface UuidSource {

    UUID next();
}
