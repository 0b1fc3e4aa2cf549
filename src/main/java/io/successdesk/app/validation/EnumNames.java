package io.successdesk.app.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one spelling of enum values outside the code: lower case with {@code -} for {@code _}
 * ({@code TRAILING_TWELVE_MONTHS} is {@code trailing-twelve-months}). Every answer, error message and the OpenAPI file
 * use it; input is read in any case, with {@code -} or {@code _}.
 */
public final class EnumNames {

    private EnumNames() {
    }

    /** How {@code value} is written: {@code risk-recovery}. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of {@code type} that {@code text} names, in any case, {@code -} read as {@code _}.
     *
     * @throws IllegalArgumentException "must be one of [a, b]" when none does
     */
    public static <E extends Enum<E>> E parse(String text, Class<E> type) {
        String name = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of " + choices(type));
    }

    /** The written values of {@code type}, in declaration order: {@code [monthly, quarterly]}. */
    public static List<String> choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::of).toList();
    }
}
