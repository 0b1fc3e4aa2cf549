package io.successdesk.store.ao;

import io.successdesk.domain.health.HealthBand;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** An account's manual health override (table {@code HEALTH_OVERRIDE}); at most one per account, kept so in code. */
public interface HealthOverride extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String SCORE_TENTHS = "SCORE_TENTHS";
    String BAND = "BAND";
    String REASON = "REASON";
    String AUTHOR = "AUTHOR";
    String CREATED_AT = "CREATED_AT";
    String EXPIRES_ON_DAY = "EXPIRES_ON_DAY";

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);

    /** Set for a score override (tenths of a point), null for a band override. */
    Integer getScoreTenths();

    void setScoreTenths(Integer scoreTenths);

    HealthBand getBand();

    void setBand(HealthBand band);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    @NotNull
    Integer getExpiresOnDay();

    void setExpiresOnDay(Integer expiresOnDay);
}
