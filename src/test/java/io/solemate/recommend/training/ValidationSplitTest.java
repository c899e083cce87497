package io.solemate.recommend.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.InteractionAggregates;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.model.UserInfo;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ValidationSplitTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    /**
     * {@code users} shoppers: each buys shoes 1..10 in order, shoe s at day s, and views shoe 11 (views never count
     * as positives); the last {@code viewers} only view.
     */
    private static Fixture store(int users, int viewers) {
        ShoeInfo[] shoes = new ShoeInfo[11];
        for (int s = 0; s < shoes.length; s++) {
            shoes[s] = new ShoeInfo(s + 1, "Shoe " + s, "Peak", "running", "unisex", "mesh", "black", null, 50, true,
                    true, null);
        }
        EventLog log = new EventLog(1024);
        long start = NOW.getEpochSecond() - 100 * 86_400L;
        for (int u = 1; u <= users + viewers; u++) {
            for (int s = 1; s <= 10; s++) {
                log.add(u, s, u > users ? EventKind.VIEW : EventKind.PURCHASE, Float.NaN, start + s * 86_400L);
            }
            log.add(u, 11, EventKind.VIEW, Float.NaN, start);
        }
        TrainingData data = new TrainingData(shoes, new UserInfo[0], log);
        Catalog catalog = new Catalog(data.shoes());
        IdIndex index = data.userIndex(catalog);
        InteractionMatrix full = InteractionMatrix.of(log, catalog, index, EventWeights.defaults(), NOW);
        return new Fixture(log, catalog, index, full);
    }

    private record Fixture(EventLog log, Catalog catalog, IdIndex users, InteractionMatrix full) {
        ValidationSplit draw(int max, long seed) {
            return ValidationSplit.draw(full, InteractionAggregates.fold(log), catalog, users, max, seed);
        }
    }

    @Test
    void drawsAtMostHalfOfTheEligibleShoppers() {
        Fixture f = store(60, 40);
        ValidationSplit split = f.draw(500, 3);
        assertEquals(30, split.users().length);
        for (int u : split.users()) {
            assertTrue(u < 60, "viewers have no positives: " + u);
        }
        assertEquals(25, f.draw(25, 3).users().length);
        assertNull(f.draw(19, 3), "fewer than 20 users cannot judge anything");
        assertNull(store(39, 0).draw(500, 3), "half of 39 is under 20");
    }

    @Test
    void holdsOutAFifthTwoWaysTheTemporalOneTheLatest() {
        ValidationSplit split = store(60, 0).draw(500, 3);
        for (int v = 0; v < split.users().length; v++) {
            // Shoes 1..10 are dense indexes 0..9, bought in that order: the latest two are 8 and 9.
            assertArrayEquals(new int[] {8, 9}, split.temporal()[v]);
            assertEquals(2, split.random()[v].length);
            assertTrue(Arrays.stream(split.random()[v]).allMatch(i -> i < 10), "the viewed shoe is no positive");
        }
        boolean anyOther = false;
        for (int[] random : split.random()) {
            anyOther |= !Arrays.equals(random, new int[] {8, 9});
        }
        assertTrue(anyOther, "the random hold-out is not the temporal one");
    }

    @Test
    void dependsOnTheSeedOnly() {
        Fixture f = store(60, 0);
        ValidationSplit a = f.draw(25, 3);
        ValidationSplit b = f.draw(25, 3);
        assertArrayEquals(a.users(), b.users());
        assertTrue(Arrays.deepEquals(a.random(), b.random()));
        ValidationSplit c = f.draw(25, 4);
        assertFalse(Arrays.equals(a.users(), c.users()) && Arrays.deepEquals(a.random(), c.random()));
    }

    @Test
    void maskDropsExactlyTheHeldOutEntries() {
        Fixture f = store(60, 0);
        ValidationSplit split = f.draw(500, 3);
        boolean[] drop = split.mask(f.full(), split.temporal());
        int dropped = 0;
        for (int u = 0; u < f.full().rows(); u++) {
            int v = Arrays.binarySearch(split.users(), u);
            for (int k = f.full().rowStart(u); k < f.full().rowEnd(u); k++) {
                boolean held = v >= 0 && f.full().colIndex(k) >= 8 && f.full().colIndex(k) <= 9;
                assertEquals(held, drop[k], "user " + u + " entry " + k);
                dropped += drop[k] ? 1 : 0;
            }
        }
        assertEquals(2 * split.users().length, dropped);
    }

    @Test
    void acceptsOnlyImprovementsBeyondTheirStandardError() {
        double[] base = {0.1, 0.2, 0.3, 0.4};
        assertFalse(HyperParameterSearch.pairedImprovement(base, base), "no gain");
        assertTrue(HyperParameterSearch.pairedImprovement(new double[] {0.2, 0.3, 0.4, 0.5}, base), "steady gain");
        // Mean gain 0.05, differences +0.5, -0.3, -0.1, +0.1: sd 0.346, standard error 0.173 > 0.05.
        assertFalse(HyperParameterSearch.pairedImprovement(new double[] {0.6, -0.1, 0.2, 0.5}, base), "noise");
        // Mean gain 0.1, differences 0.2, 0, 0.2, 0: sd 0.115, standard error 0.058 < 0.1.
        assertTrue(HyperParameterSearch.pairedImprovement(new double[] {0.3, 0.2, 0.5, 0.4}, base));
        assertFalse(HyperParameterSearch.pairedImprovement(new double[] {0.0, 0.1, 0.2, 0.3}, base), "a loss");
        assertFalse(HyperParameterSearch.pairedImprovement(new double[] {0.9}, new double[] {0.1}), "one user");
    }
}
