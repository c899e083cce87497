package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solemate.interactions.EventKind;
import org.junit.jupiter.api.Test;

/** One event's weight and decay, against values worked out by hand. */
class EventWeightsTest {

    private static final double DAY = 86_400;
    private final EventWeights weights = new EventWeights(1, 3, 4, 8, 1.5f, 10);

    @Test
    void eachKindWeighsItsOwnWeightAndReturnsNothing() {
        assertEquals(1f, weights.weight(EventKind.VIEW, Float.NaN));
        assertEquals(3f, weights.weight(EventKind.LIKE, Float.NaN));
        assertEquals(4f, weights.weight(EventKind.CART, Float.NaN));
        assertEquals(8f, weights.weight(EventKind.PURCHASE, Float.NaN));
        assertEquals(0f, weights.weight(EventKind.RETURN, Float.NaN));
    }

    @Test
    void ratingsAboveTwoStarsWeighTheirValueTimesThePerStarWeight() {
        assertEquals(7.5f, weights.weight(EventKind.RATING, 5f));
        assertEquals(3.75f, weights.weight(EventKind.RATING, 2.5f));
        assertEquals(0f, weights.weight(EventKind.RATING, 2f), "two stars is no signal");
        assertEquals(0f, weights.weight(EventKind.RATING, 1f));
        assertEquals(0f, weights.weight(EventKind.RATING, Float.NaN));
    }

    @Test
    void decayHalvesEveryHalfLife() {
        assertEquals(1.0, weights.decay(0), 1e-12);
        assertEquals(0.5, weights.decay(10 * DAY), 1e-12);
        assertEquals(0.25, weights.decay(20 * DAY), 1e-12);
        assertEquals(Math.pow(0.5, 0.1), weights.decay(DAY), 1e-12);
        assertEquals(1.0, weights.decay(-5 * DAY), 1e-12, "an event stamped after the fit is as fresh as one at it");
    }

    @Test
    void aHalfLifeOfZeroOrLessMeansNoDecay() {
        assertEquals(1.0, weights.withHalfLife(0).decay(1000 * DAY));
        assertEquals(1.0, weights.withHalfLife(-1).decay(1000 * DAY));
        EventWeights longer = weights.withHalfLife(20);
        assertEquals(0.5, longer.decay(20 * DAY), 1e-12);
        assertEquals(weights.purchase(), longer.purchase());
        assertEquals(weights.ratingPerStar(), longer.ratingPerStar());
    }
}
