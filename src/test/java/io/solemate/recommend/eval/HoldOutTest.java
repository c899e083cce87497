package io.solemate.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HoldOutTest {

    /** User 1: ten items, item i first positive at time 100 - i (item 1 latest); user 2: one item; user 3: two. */
    private static final Map<Long, Map<Long, Long>> POSITIVES = Map.of(
            1L, Map.of(1L, 99L, 2L, 98L, 3L, 97L, 4L, 96L, 5L, 95L, 6L, 94L, 7L, 93L, 8L, 92L, 9L, 91L, 10L, 90L),
            2L, Map.of(5L, 10L),
            3L, Map.of(4L, 50L, 9L, 40L));

    @Test
    void temporalHoldsOutTheLatestFifthOfEachUser() {
        Map<Long, long[]> held = HoldOut.TEMPORAL.draw(POSITIVES, 7);
        assertArrayEquals(new long[] {1, 2}, held.get(1L));
        assertArrayEquals(new long[] {4}, held.get(3L));
        assertFalse(held.containsKey(2L), "a single positive is never held out");
    }

    @Test
    void randomHoldsOutAFifthDependingOnTheSeedOnly() {
        Map<Long, long[]> held = HoldOut.RANDOM.draw(POSITIVES, 7);
        assertEquals(2, held.get(1L).length);
        assertEquals(1, held.get(3L).length);
        assertFalse(held.containsKey(2L));
        assertArrayEquals(held.get(1L), HoldOut.RANDOM.draw(POSITIVES, 7).get(1L));
    }

    @Test
    void temporalBreaksTimeTiesByItemId() {
        Map<Long, long[]> held = HoldOut.TEMPORAL.draw(Map.of(1L, Map.of(3L, 5L, 8L, 5L, 2L, 1L, 4L, 1L, 6L, 1L)), 1);
        assertArrayEquals(new long[] {8}, held.get(1L));
    }

    @Test
    void randomDrawsDependOnTheSeedAndNotOnTheMapsOrder() {
        // Two orders the draw must not see: ascending and descending item ids (Map.of's own order varies by JVM).
        Map<Long, Long> ascending = new LinkedHashMap<>(new TreeMap<>(POSITIVES.get(1L)));
        Map<Long, Long> reversed = new LinkedHashMap<>();
        new TreeMap<>(ascending).descendingMap().forEach(reversed::put);
        Set<String> draws = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            long[] held = HoldOut.RANDOM.draw(Map.of(1L, ascending), seed).get(1L);
            assertArrayEquals(held, HoldOut.RANDOM.draw(Map.of(1L, reversed), seed).get(1L), "seed " + seed);
            draws.add(Arrays.toString(held));
        }
        assertTrue(draws.size() > 1, "twenty seeds, one draw: " + draws);
    }

    @Test
    void protocolsAreNamedForTheReport() {
        assertEquals("random", HoldOut.RANDOM.label());
        assertEquals("temporal", HoldOut.TEMPORAL.label());
    }
}
