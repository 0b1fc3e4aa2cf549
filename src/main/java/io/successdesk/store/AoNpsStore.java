package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.voc.NpsStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.NpsResponse;
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

/** NPS responses; ties on the answer time are ordered by source name, then external id. */
@Named
public class AoNpsStore implements NpsStore {

    private final ActiveObjects ao;

    @Inject
    public AoNpsStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean add(NpsResponse response) {
        Objects.requireNonNull(response, "response");
        String key = VocKeys.responseKey(response.source().name(), response.externalId());
        return ConflictRetry.inTransaction(ao, () -> {
            if (VocKeys.isStored(ao, NpsResp.class, key)) {
                return false;
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
            return true;
        });
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
                items.add(new NpsResponse(row.getExternalId(), row.getSource(), AccountKey.of(row.getAccountKey()),
                        NpsScore.of(row.getScore()), Optional.ofNullable(row.getCommentText()),
                        Optional.ofNullable(row.getContact()), Instant.ofEpochMilli(row.getAnsweredAt())));
            }
            return Page.of(items, page, total);
        });
    }
}
