package io.successdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UuidOrderKeyTest {

    private static final Comparator<UuidOrderKey> KEY_ORDER =
            Comparator.comparingLong(UuidOrderKey::high).thenComparingLong(UuidOrderKey::low);

    private final Random random = new Random(42);

    @Test
    void shouldOrderKeysLikeTheCanonicalTextWhenComparedAsSignedLongs() {
        List<UUID> ids = IntStream.range(0, 2000).mapToObj(i -> randomUuid()).toList();

        List<UUID> byText = ids.stream().sorted(Comparator.comparing(UUID::toString)).toList();
        List<UUID> byKey = ids.stream().sorted(Comparator.comparing(UuidOrderKey::of, KEY_ORDER)).toList();

        assertThat(byKey).isEqualTo(byText);
        assertThat(ids).allSatisfy(id -> assertThat(UuidOrderKey.of(id).toUuid()).isEqualTo(id));
    }

    @Test
    void shouldSplitIdsAtTheFirstKeyAboveAnyTextWhenTheTextIsNotCanonical() {
        List<UUID> ids = IntStream.range(0, 300).mapToObj(i -> randomUuid()).toList();
        List<String> texts = List.of("", "0", "7", "g", "Z", "~", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "ffffffff-ffff-ffff-ffff-ffffffffffff0", "00000000-0000-0000-0000-000000000000",
                "abc", "ABCDEF01-2345-6789-ABCD-EF0123456789", "12345678_", "12345678-", "12345678-zz",
                ids.get(0).toString(), ids.get(1).toString() + "x", ids.get(2).toString().substring(0, 20));

        for (String text : texts) {
            for (UUID id : ids) {
                boolean textOrderSaysAbove = id.toString().compareTo(text) > 0;
                boolean keySaysAbove = UuidOrderKey.firstAbove(text)
                        .map(first -> KEY_ORDER.compare(UuidOrderKey.of(id), first) >= 0).orElse(false);
                assertThat(keySaysAbove).as("%s above '%s'", id, text).isEqualTo(textOrderSaysAbove);
            }
        }
    }

    @Test
    void shouldFindNothingAboveTheLargestId() {
        assertThat(UuidOrderKey.firstAbove("ffffffff-ffff-ffff-ffff-ffffffffffff")).isEmpty();
        assertThat(UuidOrderKey.firstAbove("g")).isEmpty();
        assertThat(UuidOrderKey.firstAbove("")).contains(UuidOrderKey.of(new UUID(0, 0)));
    }

    private UUID randomUuid() {
        // Skewed towards shared prefixes and extreme digits so ties in the high half and sign bits are exercised.
        long high = random.nextInt(4) == 0 ? random.nextInt(3) - 1L : random.nextLong();
        return new UUID(high, random.nextLong());
    }
}
