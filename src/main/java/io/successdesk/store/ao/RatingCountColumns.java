package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;

/** The five rating count columns of the CSAT rollups: how many answers gave each rating 1–5. */
public interface RatingCountColumns extends Entity {

    String ONES = "ONES";
    String TWOS = "TWOS";
    String THREES = "THREES";
    String FOURS = "FOURS";
    String FIVES = "FIVES";

    /** Count columns indexed by rating − 1. */
    String[] COUNT_COLUMNS = {ONES, TWOS, THREES, FOURS, FIVES};

    @NotNull
    Long getOnes();

    void setOnes(Long ones);

    @NotNull
    Long getTwos();

    void setTwos(Long twos);

    @NotNull
    Long getThrees();

    void setThrees(Long threes);

    @NotNull
    Long getFours();

    void setFours(Long fours);

    @NotNull
    Long getFives();

    void setFives(Long fives);
}
