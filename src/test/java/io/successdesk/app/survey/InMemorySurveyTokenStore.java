package io.successdesk.app.survey;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test (and sandbox) fake of the {@link SurveyTokenStore} port; {@link #consume} is atomic like the real store. */
public final class InMemorySurveyTokenStore implements SurveyTokenStore {

    private final Map<String, SurveyInvitation> invitations = new ConcurrentHashMap<>();
    private final Map<String, Instant> consumed = new ConcurrentHashMap<>();

    @Override
    public void saveInvitation(SurveyInvitation invitation) {
        invitations.put(invitation.tokenId(), invitation);
    }

    @Override
    public Optional<SurveyInvitation> findInvitation(String tokenId) {
        return Optional.ofNullable(invitations.get(tokenId));
    }

    @Override
    public boolean consume(String tokenId, Instant at) {
        return consumed.putIfAbsent(tokenId, at) == null;
    }

    @Override
    public boolean isConsumed(String tokenId) {
        return consumed.containsKey(tokenId);
    }
}
