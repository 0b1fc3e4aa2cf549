package io.successdesk.app.timeline;

import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.validation.FieldErrors;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.Sentiment;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointId;
import io.successdesk.domain.timeline.TouchpointType;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Logging touchpoints: validated, stored, audited. The author is the acting user. */
@Named
public class TouchpointService {

    /**
     * Caller input as it arrives; any component may be null. Fields: {@code account}, {@code type},
     * {@code occurredAt} (not after now), {@code summary}, {@code sentiment} (optional).
     */
    public record LogTouchpoint(String accountKey, TouchpointType type, Instant occurredAt, String summary,
                                Sentiment sentiment) {
    }

    private final TouchpointStore touchpoints;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<UUID> ids;

    @Inject
    public TouchpointService(TouchpointStore touchpoints, AuditLog audit, Clock clock) {
        this(touchpoints, audit, clock, UUID::randomUUID);
    }

    /** For tests: {@code ids} supplies the UUIDs of new touchpoints. */
    public TouchpointService(TouchpointStore touchpoints, AuditLog audit, Clock clock, Supplier<UUID> ids) {
        this.touchpoints = Objects.requireNonNull(touchpoints, "touchpoints");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** @throws io.successdesk.app.InvalidInputException naming each bad field */
    public Touchpoint log(LogTouchpoint command, String actor) {
        FieldErrors errors = new FieldErrors();
        AccountKey account = errors.accountKey("account", command.accountKey());
        errors.required("type", command.type());
        Instant now = clock.instant();
        Instant occurredAt = errors.required("occurredAt", command.occurredAt());
        if (occurredAt != null && occurredAt.isAfter(now)) {
            errors.add("occurredAt", "must not be in the future");
        }
        String summary = errors.requiredText("summary", command.summary(), Touchpoint.MAX_SUMMARY_LENGTH);
        String author = errors.requiredText("author", actor, Touchpoint.MAX_USER_KEY_LENGTH);
        errors.throwIfAny();
        Touchpoint touchpoint = new Touchpoint(new TouchpointId(ids.get()), account, command.type(),
                occurredAt, summary, Optional.ofNullable(command.sentiment()), author);
        touchpoints.save(touchpoint);
        audit.record(new AuditEntry(now, author, "touchpoint.log", "touchpoint", touchpoint.id().toString(),
                Optional.empty(), Optional.of("account=" + touchpoint.account() + "; type=" + touchpoint.type()
                + "; occurredAt=" + occurredAt + "; sentiment=" + touchpoint.sentiment().map(Enum::name).orElse("none"))));
        return touchpoint;
    }
}
