package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * One customer account (table {@code AO_xxxxxx_ACCOUNT_ROW}). Its e-mail domains, JSM organization ids and custom
 * attributes are child rows keyed by {@link #ACCOUNT_KEY} (immutable). Days are ISO-8601 strings ({@code 2026-06-01},
 * which sort and compare like the dates), instants epoch milliseconds, money minor units plus currency code; the
 * latest health is denormalised here so the accounts list needs no join.
 */
@Preload
public interface AccountRow extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String ACCOUNT_NAME = "ACCOUNT_NAME";
    /** The name in lower case (Locale.ROOT), written with the name, so a name search is a portable LIKE. */
    String NAME_SEARCH = "NAME_SEARCH";
    String TIER = "TIER";
    String STAGE = "STAGE";
    String CSM_USER_KEY = "CSM_USER_KEY";
    String ARR_MINOR_UNITS = "ARR_MINOR_UNITS";
    String ARR_CURRENCY = "ARR_CURRENCY";
    String CONTRACT_START = "CONTRACT_START";
    String RENEWAL_DATE = "RENEWAL_DATE";
    String EXTERNAL_ID = "EXTERNAL_ID";
    String LOCK_VERSION = "LOCK_VERSION";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String HEALTH_TENTHS = "HEALTH_TENTHS";
    String HEALTH_BAND = "HEALTH_BAND";
    String OPEN_CTAS = "OPEN_CTAS";

    /** Unique in the database too: two nodes creating the same key at once cannot both succeed. */
    @NotNull @Indexed @Unique @StringLength(20)
    String getAccountKey();
    void setAccountKey(String key);

    @NotNull
    String getAccountName();
    void setAccountName(String name);

    String getNameSearch();
    void setNameSearch(String lowerCaseName);

    @NotNull @Indexed @StringLength(40)
    String getTier();
    void setTier(String tier);

    @NotNull @StringLength(20)
    String getStage();
    void setStage(String stage);

    @Indexed
    String getCsmUserKey();
    void setCsmUserKey(String csmUserKey);

    Long getArrMinorUnits();
    void setArrMinorUnits(Long minorUnits);

    @StringLength(3)
    String getArrCurrency();
    void setArrCurrency(String currencyCode);

    @NotNull @StringLength(10)
    String getContractStart();
    void setContractStart(String isoDay);

    @Indexed @StringLength(10)
    String getRenewalDate();
    void setRenewalDate(String isoDay);

    @Indexed @StringLength(100)
    String getExternalId();
    void setExternalId(String externalId);

    @NotNull
    Long getLockVersion();
    void setLockVersion(Long version);

    @NotNull
    Long getCreatedAt();
    void setCreatedAt(Long epochMillis);

    @NotNull @Indexed
    Long getUpdatedAt();
    void setUpdatedAt(Long epochMillis);

    /** Latest effective health score in tenths (0–1000), null until first computed. */
    @Indexed
    Integer getHealthTenths();
    void setHealthTenths(Integer tenths);

    @Indexed @StringLength(10)
    String getHealthBand();
    void setHealthBand(String band);

    /** Open (not snoozed) calls to action at the account's latest refresh; null until first refreshed. */
    Integer getOpenCtas();
    void setOpenCtas(Integer count);
}
