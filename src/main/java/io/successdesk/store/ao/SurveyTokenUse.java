package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * A survey token that was used (table {@code AO_xxxxxx_SURVEY_TOKEN_USE}). The unique {@code TOKEN_ID} makes use
 * single across the cluster: a second insert of the same token fails, whichever node or thread tries it.
 */
public interface SurveyTokenUse extends Entity {

    String TOKEN_ID = "TOKEN_ID";
    String USED_AT = "USED_AT";

    @NotNull
    @Unique
    @StringLength(64)
    String getTokenId();

    void setTokenId(String tokenId);

    @NotNull
    Long getUsedAt();

    void setUsedAt(Long usedAt);
}
