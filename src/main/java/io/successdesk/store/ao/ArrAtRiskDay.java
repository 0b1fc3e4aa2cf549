package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/**
 * Rollup: the summed ARR (minor units) of the accounts whose snapshot of one day is red, per currency
 * (table {@code ARR_AT_RISK_DAY}); one row per day and currency, kept unique in code.
 */
public interface ArrAtRiskDay extends Entity {

    String EPOCH_DAY = "EPOCH_DAY";
    String CURRENCY = "CURRENCY";
    String MINOR_UNITS = "MINOR_UNITS";
    String ACCOUNTS = "ACCOUNTS";

    @NotNull
    @Indexed
    Integer getEpochDay();

    void setEpochDay(Integer epochDay);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    long getMinorUnits();

    void setMinorUnits(long minorUnits);

    /** Red accounts counted in {@code MINOR_UNITS}; the row is deleted when it drops to 0. */
    int getAccounts();

    void setAccounts(int accounts);
}
