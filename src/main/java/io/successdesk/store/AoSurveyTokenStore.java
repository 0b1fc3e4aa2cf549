package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.survey.SurveyInvitation;
import io.successdesk.app.survey.SurveyTicket;
import io.successdesk.app.survey.SurveyTokenStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.store.ao.SurveyInvite;
import io.successdesk.store.ao.SurveyTokenUse;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static io.successdesk.store.StoredValues.instant;
import static io.successdesk.store.StoredValues.millis;
import static io.successdesk.store.StoredValues.millisOrNull;

/**
 * Survey invitations in {@code SURVEY_INVITE} and used tokens in {@code SURVEY_TOKEN_USE}. Using a token is an insert
 * into the latter, whose unique {@code TOKEN_ID} lets exactly one of any number of concurrent consumers (threads or
 * nodes) succeed: a loser's insert fails, its transaction is run again and its check then sees the winner's row.
 */
@Named
public class AoSurveyTokenStore implements SurveyTokenStore {

    /** Longest token id stored (a token id is a UUID, 36 characters). */
    static final int MAX_TOKEN_ID = 64;

    private final ActiveObjects ao;

    @Inject
    public AoSurveyTokenStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /** Stores the invitation; saving one for a token id already stored replaces it. */
    @Override
    public void saveInvitation(SurveyInvitation invitation) {
        Objects.requireNonNull(invitation, "invitation");
        checkLength(invitation.tokenId());
        ConflictRetry.inTransaction(ao, () -> {
            ao.deleteWithSQL(SurveyInvite.class, SurveyInvite.TOKEN_ID + " = ?", invitation.tokenId());
            ao.create(SurveyInvite.class,
                    new DBParam(SurveyInvite.TOKEN_ID, invitation.tokenId()),
                    new DBParam(SurveyInvite.ISSUE_ID, invitation.issueId()),
                    new DBParam(SurveyInvite.ACCOUNT_KEY, invitation.account().value()),
                    new DBParam(SurveyInvite.PROJECT_KEY, invitation.projectKey().map(StoredValues::blankToNull).orElse(null)),
                    new DBParam(SurveyInvite.ISSUE_CREATED_AT, millisOrNull(invitation.issueCreatedAt())),
                    new DBParam(SurveyInvite.SENT_AT, millis(invitation.sentAt())),
                    new DBParam(SurveyInvite.EXPIRES_AT, millis(invitation.expiresAt())),
                    new DBParam(SurveyInvite.ISSUE_KEY, invitation.ticket().map(SurveyTicket::issueKey).orElse(null)),
                    new DBParam(SurveyInvite.SUMMARY, invitation.ticket().map(SurveyTicket::summary).orElse(null)));
            return null;
        });
    }

    @Override
    public Optional<SurveyInvitation> findInvitation(String tokenId) {
        Objects.requireNonNull(tokenId, "tokenId");
        return ao.executeInTransaction(() -> {
            SurveyInvite[] found = ao.find(SurveyInvite.class,
                    Query.select().where(SurveyInvite.TOKEN_ID + " = ?", tokenId).limit(1));
            return found.length == 0 ? Optional.empty() : Optional.of(toInvitation(found[0]));
        });
    }

    @Override
    public boolean consume(String tokenId, Instant at) {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(at, "at");
        checkLength(tokenId);
        return ConflictRetry.inTransaction(ao, () -> {
            if (used(tokenId)) {
                return false;
            }
            ao.create(SurveyTokenUse.class, new DBParam(SurveyTokenUse.TOKEN_ID, tokenId),
                    new DBParam(SurveyTokenUse.USED_AT, millis(at)));
            return true;
        });
    }

    @Override
    public boolean isConsumed(String tokenId) {
        Objects.requireNonNull(tokenId, "tokenId");
        return ao.executeInTransaction(() -> used(tokenId));
    }

    private boolean used(String tokenId) {
        return ao.count(SurveyTokenUse.class, Query.select().where(SurveyTokenUse.TOKEN_ID + " = ?", tokenId)) > 0;
    }

    private static void checkLength(String tokenId) {
        if (tokenId.isBlank() || tokenId.length() > MAX_TOKEN_ID) {
            throw new IllegalArgumentException("token id must be 1–" + MAX_TOKEN_ID + " characters, got " + tokenId.length());
        }
    }

    private static SurveyInvitation toInvitation(SurveyInvite row) {
        return new SurveyInvitation(row.getTokenId(), row.getIssueId(), AccountKey.of(row.getAccountKey()),
                Optional.ofNullable(row.getProjectKey()), instant(row.getIssueCreatedAt()),
                Instant.ofEpochMilli(row.getSentAt()), Instant.ofEpochMilli(row.getExpiresAt()),
                Optional.ofNullable(row.getIssueKey())
                        .map(key -> new SurveyTicket(key, Optional.ofNullable(row.getSummary()).orElse(""))));
    }
}
