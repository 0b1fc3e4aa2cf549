package io.successdesk.domain.health;

import io.successdesk.domain.account.AccountKey;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EqualsVerifier on the health value records whose components vary independently. Records with cross-component
 * invariants or a finite-double check ({@link Measure}, {@link ManualOverride},
 * {@link MeasureId}, {@link MeasureObservation}) are checked by hand in their own tests,
 * because EqualsVerifier cannot build their variants.
 */
class ValueTypesEqualityTest {

    @ParameterizedTest
    @ValueSource(classes = {HealthSnapshot.class, HealthDelta.class})
    void shouldHonourEqualsContractWhenComparingValueRecords(Class<?> type) {
        EqualsVerifier.forClass(type)
                .withPrefabValues(MeasureId.class, MeasureId.of(MeasureKind.NPS), MeasureId.custom("usage"))
                .withPrefabValues(AccountKey.class, AccountKey.of("ACME"), AccountKey.of("GLOBEX"))
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
