package io.successdesk.app;

import jakarta.inject.Named;

import java.util.UUID;

/** The {@link UuidSource} of the running app: random (version 4) UUIDs. */
@Named
public class RandomUuidSource implements UuidSource {

    @Override
    public UUID next() {
        return UUID.randomUUID();
    }
}
