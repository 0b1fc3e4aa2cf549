package io.successdesk.rest;

import io.successdesk.app.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/** Enum constants on the wire: lower case with {@code -} for {@code _} ({@code RISK_RECOVERY} is {@code risk-recovery}). */
public final class WireNames {

    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant named {@code value} (any case), or null when {@code value} is null; 400 on {@code field} otherwise. */
    public static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        return QueryParams.choice(field, value, type).orElseThrow(() -> new InvalidInputException(field,
                "must be one of " + Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList()));
    }
}
