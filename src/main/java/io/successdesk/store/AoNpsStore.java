package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.voc.NpsStore;
import io.successdesk.app.voc.Upserted;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.NpsResponse;
import io.successdesk.domain.voc.NpsSummary;
import io.successdesk.domain.voc.NpsScore;
import io.successdesk.store.ao.NpsResp;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * NPS responses, one per source + external id (a differing resend replaces it: a correction); ties on the answer time
 * are ordered by source name, then external id.
 */
@Named
public class AoNpsStore implements NpsStore {

    private final ActiveObjects ao;

    @Inject
    public AoNpsStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Upserted<NpsResponse> upsert(NpsResponse response) {
        Objects.requireNonNull(response, "response");
        String key = VocKeys.responseKey(response.source().name(), response.externalId());
        NpsResponse stored = new NpsResponse(response.externalId(), response.source(), response.account(),
                response.score(), response.comment(), response.contact(), VocKeys.millis(response.answeredAt()));
        return ConflictRetry.inTransaction(ao, () -> {
            NpsResp[] existing = ao.find(NpsResp.class,
                    Query.select().where(VocKeys.RESPONSE_KEY + " = ?", key).limit(1));
            if (existing.length > 0) {
                NpsResponse previous = toResponse(existing[0]);
                if (previous.equals(stored)) {
                    return Upserted.unchanged(previous);
                }
                update(existing[0], response);
                return Upserted.updated(previous);
            }
            ao.create(NpsResp.class,
                    new DBParam(NpsResp.RESPONSE_KEY, key),
                    new DBParam(NpsResp.SOURCE, response.source()),
                    new DBParam(NpsResp.EXTERNAL_ID, response.externalId()),
                    new DBParam(NpsResp.ACCOUNT_KEY, response.account().value()),
                    new DBParam(NpsResp.SCORE, response.score().value()),
                    new DBParam(NpsResp.COMMENT_TEXT, response.comment().orElse(null)),
                    new DBParam(NpsResp.CONTACT, response.contact().orElse(null)),
                    new DBParam(NpsResp.ANSWERED_AT, response.answeredAt().toEpochMilli()));
            return Upserted.<NpsResponse>created();
        });
    }

    private static void update(NpsResp row, NpsResponse response) {
        row.setAccountKey(response.account().value());
        row.setScore(response.score().value());
        row.setCommentText(response.comment().orElse(null));
        row.setContact(response.contact().orElse(null));
        row.setAnsweredAt(response.answeredAt().toEpochMilli());
        row.save();
    }

    private static NpsResponse toResponse(NpsResp row) {
        return new NpsResponse(row.getExternalId(), row.getSource(), AccountKey.of(row.getAccountKey()),
                NpsScore.of(row.getScore()), Optional.ofNullable(row.getCommentText()),
                Optional.ofNullable(row.getContact()), Instant.ofEpochMilli(row.getAnsweredAt()));
    }

    @Override
    public Page<NpsResponse> responses(Optional<AccountKey> account, DateWindow window, PageRequest page) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(page, "page");
        Criteria criteria = new Criteria();
        account.ifPresent(key -> criteria.and(NpsResp.ACCOUNT_KEY + " = ?", key.value()));
        criteria.and(NpsResp.ANSWERED_AT + " >= ?", window.startInstant().toEpochMilli())
                .and(NpsResp.ANSWERED_AT + " < ?", window.endInstantExclusive().toEpochMilli());
        return ao.executeInTransaction(() -> {
            int total = ao.count(NpsResp.class, criteria.applyTo(Query.select()));
            NpsResp[] rows = ao.find(NpsResp.class, criteria.applyTo(Query.select())
                    .order(NpsResp.ANSWERED_AT + " DESC, " + NpsResp.SOURCE + ", " + NpsResp.EXTERNAL_ID)
                    .offset(page.offset()).limit(page.limit()));
            List<NpsResponse> items = new ArrayList<>(rows.length);
            for (NpsResp row : rows) {
                items.add(toResponse(row));
            }
            return Page.of(items, page, total);
        });
    }

    /**
     * All accounts: three indexed COUNTs on answered-at. One account (every account refresh asks): one read of the
     * scores of its answers in the window over the account + answered-at index, a few rows, counted here.
     */
    @Override
    public NpsSummary summary(Optional<AccountKey> account, DateWindow window) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(window, "window");
        if (account.isPresent()) {
            return accountSummary(account.get(), window);
        }
        return ao.executeInTransaction(() -> new NpsSummary(
                countScores(account, window, NpsScore.PROMOTER_MIN, NpsScore.MAX),
                countScores(account, window, NpsScore.PASSIVE_MIN, NpsScore.PROMOTER_MIN - 1),
                countScores(account, window, NpsScore.MIN, NpsScore.PASSIVE_MIN - 1)));
    }

    private NpsSummary accountSummary(AccountKey account, DateWindow window) {
        long[] counts = new long[3];   // promoters, passives, detractors
        Query query = Query.select("ID, " + NpsResp.SCORE)
                .where(NpsResp.ACCOUNT_KEY + " = ? AND " + NpsResp.ANSWERED_AT + " >= ? AND " + NpsResp.ANSWERED_AT
                        + " < ?", account.value(), window.startInstant().toEpochMilli(),
                        window.endInstantExclusive().toEpochMilli());
        ao.executeInTransaction(() -> {
            ao.stream(NpsResp.class, query, row -> {
                int score = row.getScore();
                counts[score >= NpsScore.PROMOTER_MIN ? 0 : score >= NpsScore.PASSIVE_MIN ? 1 : 2]++;
            });
            return null;
        });
        return new NpsSummary(counts[0], counts[1], counts[2]);
    }

    private long countScores(Optional<AccountKey> account, DateWindow window, int lowest, int highest) {
        Criteria criteria = new Criteria();
        account.ifPresent(key -> criteria.and(NpsResp.ACCOUNT_KEY + " = ?", key.value()));
        criteria.and(NpsResp.ANSWERED_AT + " >= ?", window.startInstant().toEpochMilli())
                .and(NpsResp.ANSWERED_AT + " < ?", window.endInstantExclusive().toEpochMilli())
                .and(NpsResp.SCORE + " >= ?", lowest)
                .and(NpsResp.SCORE + " <= ?", highest);
        return ao.count(NpsResp.class, criteria.applyTo(Query.select()));
    }
}
