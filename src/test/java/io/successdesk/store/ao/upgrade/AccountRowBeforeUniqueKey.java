package io.successdesk.store.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The NOT NULL columns of {@code ACCOUNT_ROW} before its key was unique, to build an old install's table. */
@Table("AccountRow")
public interface AccountRowBeforeUniqueKey extends Entity {

    @NotNull @Indexed @StringLength(20)
    String getAccountKey();
    void setAccountKey(String key);

    @NotNull
    String getAccountName();
    void setAccountName(String name);

    @NotNull @Indexed @StringLength(40)
    String getTier();
    void setTier(String tier);

    @NotNull @StringLength(20)
    String getStage();
    void setStage(String stage);

    @NotNull @StringLength(10)
    String getContractStart();
    void setContractStart(String isoDay);

    @NotNull
    Long getLockVersion();
    void setLockVersion(Long version);

    @NotNull
    Long getCreatedAt();
    void setCreatedAt(Long epochMillis);

    @NotNull @Indexed
    Long getUpdatedAt();
    void setUpdatedAt(Long epochMillis);
}
