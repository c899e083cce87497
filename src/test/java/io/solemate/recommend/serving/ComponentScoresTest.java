package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ComponentScoresTest {

    @Test
    void sharesAddUpToTheScore() {
        assertEquals(0.75, new ComponentScores(0.5, 0.125, 0.125).total(), 0);
        assertEquals(0.5, new ComponentScores(0.25, 0.5, -0.25).total(), 0);
    }
}
