package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;

/**
 * One manual or pushed health input (table {@code AO_xxxxxx_MANUAL_INPUT}); every value is kept, the latest per
 * account and measure as of an instant is read through the (account, measure, observed at) index.
 * {@code MEASURE_CODE} is {@code MeasureId.toString()}; {@code INPUT_VALUE} is {@code Double.toString} text (exact
 * round trip, portable); {@code OBSERVED_AT} is epoch milliseconds.
 */
@Indexes({
        @Index(name = "inputAcctMeasure", methodNames = {"getAccountKey", "getMeasureCode", "getObservedAt"})
})
public interface ManualInput extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String MEASURE_CODE = "MEASURE_CODE";
    String INPUT_VALUE = "INPUT_VALUE";
    String SAMPLE_SIZE = "SAMPLE_SIZE";
    String OBSERVED_AT = "OBSERVED_AT";
    String ENTERED_MANUALLY = "ENTERED_MANUALLY";

    @NotNull
    String getAccountKey();

    void setAccountKey(String accountKey);

    @NotNull
    String getMeasureCode();

    void setMeasureCode(String measureCode);

    @NotNull
    String getInputValue();

    void setInputValue(String inputValue);

    int getSampleSize();

    void setSampleSize(int sampleSize);

    @NotNull
    Long getObservedAt();

    void setObservedAt(Long observedAt);

    boolean isEnteredManually();

    void setEnteredManually(boolean enteredManually);
}
