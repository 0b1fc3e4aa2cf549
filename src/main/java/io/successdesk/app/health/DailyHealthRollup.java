package io.successdesk.app.health;

import io.successdesk.domain.value.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How the accounts snapshotted on one UTC day were spread over the effective bands, and the ARR at risk: the
 * summed ARR (at snapshot time) of the red ones, one amount per currency, ordered by currency code.
 */
public record DailyHealthRollup(LocalDate day, int red, int amber, int green, List<Money> arrAtRisk) {

    public DailyHealthRollup {
        Objects.requireNonNull(day, "day");
        arrAtRisk = List.copyOf(Objects.requireNonNull(arrAtRisk, "arrAtRisk"));
        if (red < 0 || amber < 0 || green < 0) {
            throw new IllegalArgumentException("band counts must be 0 or more, got " + red + "/" + amber + "/" + green);
        }
    }
}
