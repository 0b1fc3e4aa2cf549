package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.timeline.TouchpointStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.Sentiment;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointId;
import io.successdesk.domain.timeline.TouchpointType;
import io.successdesk.store.ao.TouchpointEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TouchpointStore} in Active Objects. The timeline order (instant descending, then id text ascending) is
 * done by the database on numeric columns only: the instant as epoch seconds + nanoseconds, the id as
 * {@link UuidOrderKey}. So H2 and PostgreSQL (whatever its collation) agree with the domain's String order, and a
 * cursor neither skips nor repeats touchpoints that share an instant.
 */
@Named
public class AoTouchpointStore implements TouchpointStore {

    private static final String TIMELINE_ORDER = String.join(", ", TouchpointEntity.OCCURRED_SECONDS + " DESC",
            TouchpointEntity.OCCURRED_NANOS + " DESC", TouchpointEntity.ID_HIGH + " ASC", TouchpointEntity.ID_LOW + " ASC");
    private static final String EARLIER_INSTANT = "(" + TouchpointEntity.OCCURRED_SECONDS + " < ? OR ("
            + TouchpointEntity.OCCURRED_SECONDS + " = ? AND " + TouchpointEntity.OCCURRED_NANOS + " < ?))";
    private static final String SAME_INSTANT = "(" + TouchpointEntity.OCCURRED_SECONDS + " = ? AND "
            + TouchpointEntity.OCCURRED_NANOS + " = ?)";
    private static final String ID_AT_LEAST = "(" + TouchpointEntity.ID_HIGH + " > ? OR (" + TouchpointEntity.ID_HIGH
            + " = ? AND " + TouchpointEntity.ID_LOW + " >= ?))";

    private final ActiveObjects ao;

    @Inject
    public AoTouchpointStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /** @throws IllegalStateException when a touchpoint with this id already exists (nothing written) */
    @Override
    public void save(Touchpoint touchpoint) {
        Objects.requireNonNull(touchpoint, "touchpoint");
        String id = touchpoint.id().toString();
        ao.executeInTransaction(() -> {
            if (ao.count(TouchpointEntity.class, Query.select().where(TouchpointEntity.TOUCHPOINT_ID + " = ?", id)) > 0) {
                throw new IllegalStateException("touchpoint " + id + " already exists");
            }
            UuidOrderKey key = UuidOrderKey.of(touchpoint.id().value());
            Map<String, Object> row = new HashMap<>();
            row.put(TouchpointEntity.TOUCHPOINT_ID, id);
            row.put(TouchpointEntity.ID_HIGH, key.high());
            row.put(TouchpointEntity.ID_LOW, key.low());
            row.put(TouchpointEntity.ACCOUNT_KEY, touchpoint.account().value());
            row.put(TouchpointEntity.TOUCHPOINT_TYPE, touchpoint.type().name());
            row.put(TouchpointEntity.OCCURRED_SECONDS, touchpoint.occurredAt().getEpochSecond());
            row.put(TouchpointEntity.OCCURRED_NANOS, touchpoint.occurredAt().getNano());
            row.put(TouchpointEntity.SUMMARY, touchpoint.summary());
            touchpoint.sentiment().ifPresent(sentiment -> row.put(TouchpointEntity.SENTIMENT, sentiment.name()));
            row.put(TouchpointEntity.AUTHOR, touchpoint.author());
            ao.create(TouchpointEntity.class, row);
            return null;
        });
    }

    @Override
    public Optional<Touchpoint> get(TouchpointId id) {
        Objects.requireNonNull(id, "id");
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(TouchpointEntity.class,
                        Query.select().where(TouchpointEntity.TOUCHPOINT_ID + " = ?", id.toString()).limit(1)))
                .map(AoTouchpointStore::toTouchpoint)
                .findFirst());
    }

    @Override
    public List<Touchpoint> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit) {
        if (TimelinePages.asksForNone(account, after, limit)) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(TouchpointEntity.ACCOUNT_KEY + " = ?");
        List<Object> parameters = new ArrayList<>(List.of(account.value()));
        after.ifPresent(cursor -> appendAfter(cursor, where, parameters));
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(TouchpointEntity.class, Query.select()
                        .where(where.toString(), parameters.toArray())
                        .order(TIMELINE_ORDER)
                        .limit(limit)))
                .map(AoTouchpointStore::toTouchpoint)
                .toList());
    }

    /** Only touchpoints strictly after the cursor: at an earlier instant, or at the same instant after it. */
    private static void appendAfter(TimelinePosition cursor, StringBuilder where, List<Object> parameters) {
        long seconds = cursor.at().getEpochSecond();
        int nanos = cursor.at().getNano();
        where.append(" AND (").append(EARLIER_INSTANT);
        parameters.addAll(List.of(seconds, seconds, nanos));
        int kindOrder = TimelineKind.TOUCHPOINT.compareTo(cursor.kind());
        if (kindOrder > 0) {
            // The cursor is of a kind that precedes touchpoints at its instant: every touchpoint there follows it.
            where.append(" OR ").append(SAME_INSTANT);
            parameters.addAll(List.of(seconds, nanos));
        } else if (kindOrder == 0) {
            UuidOrderKey.firstAbove(cursor.referenceId()).ifPresent(first -> {
                where.append(" OR (").append(SAME_INSTANT).append(" AND ").append(ID_AT_LEAST).append(")");
                parameters.addAll(List.of(seconds, nanos, first.high(), first.high(), first.low()));
            });
        }
        where.append(")");
    }

    private static Touchpoint toTouchpoint(TouchpointEntity row) {
        return new Touchpoint(TouchpointId.parse(row.getTouchpointId()), AccountKey.of(row.getAccountKey()),
                TouchpointType.valueOf(row.getTouchpointType()),
                Instant.ofEpochSecond(row.getOccurredSeconds(), row.getOccurredNanos()), row.getSummary(),
                Optional.ofNullable(row.getSentiment()).map(Sentiment::valueOf), row.getAuthor());
    }
}
