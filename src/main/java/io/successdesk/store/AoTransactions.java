package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;
import java.util.function.Supplier;

/** {@link Transactions} as Active Objects transactions; a nested call joins the surrounding one. */
@Named
public class AoTransactions implements Transactions {

    private final ActiveObjects ao;

    @Inject
    public AoTransactions(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return ao.executeInTransaction(work::get);
    }
}
