package io.successdesk.rest;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.validation.EnumNames;

import java.util.Locale;

/**
 * Enum constants on the wire, as {@link EnumNames} spells them: lower case with {@code -} for {@code _}
 * ({@code RISK_RECOVERY} is {@code risk-recovery}), read in any case. Every resource maps enums through here or
 * {@link QueryParams#choice}.
 */
public final class WireNames {

    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return EnumNames.of(value);
    }

    /** A value as it arrives (any case, {@code -} or {@code _}) in the spelling {@link #of} writes. */
    public static String normalized(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant named {@code value} (any case), or null when {@code value} is null; 400 on {@code field} otherwise. */
    public static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return EnumNames.parse(value, type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
