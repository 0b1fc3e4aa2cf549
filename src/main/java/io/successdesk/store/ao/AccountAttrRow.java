package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * One custom attribute of an account. Values reach 1,000 characters, beyond a portable VARCHAR, so they are a
 * CLOB that is never filtered on; an empty value is stored as null (Oracle cannot tell them apart).
 */
@Preload
public interface AccountAttrRow extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String ATTR_NAME = "ATTR_NAME";
    String ATTR_VALUE = "ATTR_VALUE";

    @NotNull @Indexed @StringLength(20)
    String getAccountKey();
    void setAccountKey(String key);

    @NotNull @StringLength(64)
    String getAttrName();
    void setAttrName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getAttrValue();
    void setAttrValue(String value);
}
