package io.successdesk.store;

import java.util.Optional;
import java.util.UUID;

/**
 * A UUID as two longs whose signed numeric order (high, then low) equals the character order of the UUID's
 * canonical text ({@link UUID#toString()}: lower-case hex, dashes at fixed places). Sorting by these columns gives
 * the domain's "id text ascending" order on every database, whatever its string collation.
 */
record UuidOrderKey(long high, long low) {

    private static final int LENGTH = 36;
    private static final String HEX = "0123456789abcdef";

    static UuidOrderKey of(UUID id) {
        return new UuidOrderKey(id.getMostSignificantBits() ^ Long.MIN_VALUE, id.getLeastSignificantBits() ^ Long.MIN_VALUE);
    }

    UUID toUuid() {
        return new UUID(high ^ Long.MIN_VALUE, low ^ Long.MIN_VALUE);
    }

    /**
     * The key of the smallest UUID whose canonical text is strictly greater than {@code text} (compared like
     * {@link String#compareTo}), or empty when none is. {@code text} may be anything: a cursor from a URL need not be
     * a canonical UUID. Every UUID {@code u} then satisfies {@code u.toString() > text ⇔ key(u) >= result}.
     */
    static Optional<UuidOrderKey> firstAbove(String text) {
        int validPrefix = 0;
        while (validPrefix < Math.min(text.length(), LENGTH) && allowedAt(validPrefix, text.charAt(validPrefix))) {
            validPrefix++;
        }
        for (int i = validPrefix; i >= 0; i--) {
            if (i == text.length()) {
                if (i < LENGTH) {
                    return Optional.of(parse(text + smallestCompletion(i)));
                }
                continue;
            }
            if (i == LENGTH) {
                continue;
            }
            Optional<Character> bigger = smallestAllowedAbove(i, text.charAt(i));
            if (bigger.isPresent()) {
                return Optional.of(parse(text.substring(0, i) + bigger.get() + smallestCompletion(i + 1)));
            }
        }
        return Optional.empty();
    }

    private static boolean isDashPosition(int index) {
        return index == 8 || index == 13 || index == 18 || index == 23;
    }

    private static boolean allowedAt(int index, char c) {
        return isDashPosition(index) ? c == '-' : HEX.indexOf(c) >= 0;
    }

    private static Optional<Character> smallestAllowedAbove(int index, char c) {
        String allowed = isDashPosition(index) ? "-" : HEX;
        return allowed.chars().filter(candidate -> candidate > c).mapToObj(candidate -> (char) candidate).findFirst();
    }

    private static String smallestCompletion(int from) {
        StringBuilder completion = new StringBuilder();
        for (int i = from; i < LENGTH; i++) {
            completion.append(isDashPosition(i) ? '-' : '0');
        }
        return completion.toString();
    }

    private static UuidOrderKey parse(String canonical) {
        return of(UUID.fromString(canonical));
    }
}
