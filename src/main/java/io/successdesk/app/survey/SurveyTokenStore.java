package io.successdesk.app.survey;

import java.time.Instant;
import java.util.Optional;

/** Port: survey invitations sent, and which of their tokens were used (Active Objects later; cluster-wide). */
public interface SurveyTokenStore {

    void saveInvitation(SurveyInvitation invitation);

    Optional<SurveyInvitation> findInvitation(String tokenId);

    /**
     * Marks the token used, atomically across the cluster.
     *
     * @return true for the first call with this token id, false for every later one
     */
    boolean consume(String tokenId, Instant at);

    boolean isConsumed(String tokenId);
}
