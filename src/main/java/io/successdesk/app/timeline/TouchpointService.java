package io.successdesk.app.timeline;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.UuidSource;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.validation.FieldErrors;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.Sentiment;
import io.successdesk.domain.timeline.Timeline;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointId;
import io.successdesk.domain.timeline.TouchpointType;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    private final UuidSource ids;
    private final AccountChanges changes;

    @Inject
    public TouchpointService(TouchpointStore touchpoints, AuditLog audit, Clock clock, AccountChanges changes,
                             UuidSource ids) {
        this.changes = Objects.requireNonNull(changes, "changes");
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
        Touchpoint touchpoint = new Touchpoint(new TouchpointId(ids.next()), account, command.type(),
                occurredAt, summary, Optional.ofNullable(command.sentiment()), author);
        return changes.write(account, () -> {
            touchpoints.save(touchpoint);
            audit.record(new AuditEntry(now, author, "touchpoint.log", "touchpoint", touchpoint.id().toString(),
                    Optional.empty(), Optional.of("account=" + touchpoint.account() + "; type=" + touchpoint.type()
                    + "; occurredAt=" + occurredAt + "; sentiment="
                    + touchpoint.sentiment().map(Enum::name).orElse("none"))));
            return touchpoint;
        });
    }

    /** One page of touchpoints, newest first, and the cursor of the next page when there is one. */
    public record TouchpointPage(List<Touchpoint> items, Optional<String> next) {
    }

    /**
     * The account's touchpoints newest first, {@code limit} (1–{@value Timeline#MAX_PAGE_SIZE}) at a time, after
     * {@code cursor} (the previous page's {@code next}).
     *
     * @throws InvalidInputException on field {@code cursor} or {@code limit}
     */
    public TouchpointPage page(AccountKey account, Optional<String> cursor, int limit) {
        if (limit < 1 || limit > Timeline.MAX_PAGE_SIZE) {
            throw new InvalidInputException("limit", "must be 1–" + Timeline.MAX_PAGE_SIZE);
        }
        Optional<TimelinePosition> after;
        try {
            after = cursor.map(TimelinePosition::parse);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this API returned");
        }
        List<Touchpoint> fetched = touchpoints.newestFirst(account, after, limit + 1);
        List<Touchpoint> items = fetched.subList(0, Math.min(limit, fetched.size()));
        Optional<String> next = fetched.size() > limit
                ? Optional.of(items.get(items.size() - 1).toTimelineEntry().position().token()) : Optional.empty();
        return new TouchpointPage(List.copyOf(items), next);
    }
}
