package io.successdesk.store;

import io.successdesk.app.account.AccountStore;
import io.successdesk.app.account.AccountStoreContract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs every scenario of the JUnit 5 {@link AccountStoreContract} from a JUnit 4 (Active Objects runner) test: the
 * scenarios are found by their {@code @Test} annotation, so a scenario added to the contract is run here too.
 */
final class AccountStoreContractScenarios {

    private AccountStoreContractScenarios() {
    }

    static List<Method> all() {
        return Arrays.stream(AccountStoreContract.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(org.junit.jupiter.api.Test.class))
                .sorted(Comparator.comparing(Method::getName))
                .peek(m -> m.setAccessible(true))
                .toList();
    }

    /** Runs one scenario against the store; an assertion failure is rethrown naming the scenario. */
    static void run(Method scenario, Supplier<AccountStore> store, Consumer<Runnable> isolation) {
        AccountStoreContract contract = new AccountStoreContract() {
            @Override
            protected AccountStore store() {
                return store.get();
            }
        };
        isolation.accept(() -> {
            try {
                scenario.invoke(contract);
            } catch (InvocationTargetException e) {
                throw new AssertionError("contract scenario " + scenario.getName() + " failed: " + e.getCause(), e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
