package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.store.ao.ArrVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The change count of each currency's ARR snapshots ({@link ArrVersion}), raised inside the writing transaction. The
 * first raise of a currency inserts its row; two first raises at once collide on the unique currency, and the
 * caller's transaction is retried ({@link ConflictRetry}).
 */
final class ArrVersions {

    private ArrVersions() {
    }

    static void raise(ActiveObjects ao, String currencyCode) {
        ArrVersion[] rows = ao.find(ArrVersion.class,
                Query.select().where(ArrVersion.CURRENCY + " = ?", currencyCode).limit(1));
        if (rows.length == 0) {
            ao.create(ArrVersion.class, new DBParam(ArrVersion.CURRENCY, currencyCode),
                    new DBParam(ArrVersion.VERSION, 1L));
        } else {
            CounterSql.increment(rows[0], ArrVersion.VERSION);
        }
    }

    static long read(ActiveObjects ao, String currencyCode) {
        ArrVersion[] rows = ao.find(ArrVersion.class,
                Query.select().where(ArrVersion.CURRENCY + " = ?", currencyCode).limit(1));
        return rows.length == 0 ? 0 : rows[0].getVersion();
    }
}
