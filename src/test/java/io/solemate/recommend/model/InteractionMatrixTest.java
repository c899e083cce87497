package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.StoreFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractionMatrixTest {

    private static final Instant NOW = Instant.parse("2026-01-31T00:00:00Z");
    private static final long DAY = 86_400;
    private static final EventWeights UNDECAYED = new EventWeights(1, 3, 4, 8, 1, 0);

    private static InteractionMatrix build(EventLog log, EventWeights weights) {
        ShoeInfo[] shoes = new ShoeInfo[4];
        for (int i = 0; i < 4; i++) {
            shoes[i] = StoreFixture.shoe(i + 1, "running", "mesh", "men", "Peak", 10, true, null);
        }
        long[] users = {7, 8};
        return InteractionMatrix.of(log, new Catalog(shoes), IdIndex.of(users, 2), weights, NOW);
    }

    @Test
    void kindsAreWeightedAndMergedPerPair() {
        EventLog log = new EventLog(8);
        long t = NOW.getEpochSecond();
        log.add(7, 1, EventKind.VIEW, Float.NaN, t);
        log.add(7, 1, EventKind.VIEW, Float.NaN, t);
        log.add(7, 2, EventKind.LIKE, Float.NaN, t);
        log.add(7, 3, EventKind.PURCHASE, Float.NaN, t);
        log.add(8, 1, EventKind.RATING, 5f, t);
        log.add(8, 2, EventKind.RATING, 2f, t);
        log.add(8, 99, EventKind.PURCHASE, Float.NaN, t);
        EventWeights w = new EventWeights(1, 3, 4, 8, 1.5f, 0);
        InteractionMatrix m = build(log, w);
        assertEquals(4, m.nnz(), "low rating and unknown shoe leave no entry");
        assertEquals(2f, m.value(0));
        assertEquals(3f, m.value(1));
        assertEquals(8f, m.value(2));
        assertEquals(EventKind.PURCHASE, m.strongestKind(2));
        assertEquals(7.5f, m.value(3));
        assertEquals(1, m.rowLength(1));
        assertEquals(2, m.colEnd(0) - m.colStart(0), "CSC sees both users of shoe 1");
    }

    @Test
    void returnRemovesThePositiveSignalUnlessBoughtAgain() {
        EventLog log = new EventLog(8);
        long t = NOW.getEpochSecond();
        log.add(7, 1, EventKind.PURCHASE, Float.NaN, t - 10 * DAY);
        log.add(7, 1, EventKind.RETURN, Float.NaN, t - 5 * DAY);
        log.add(7, 2, EventKind.PURCHASE, Float.NaN, t - 10 * DAY);
        log.add(7, 2, EventKind.RETURN, Float.NaN, t - 5 * DAY);
        log.add(7, 2, EventKind.PURCHASE, Float.NaN, t - DAY);
        InteractionMatrix m = build(log, UNDECAYED);
        assertEquals(1, m.nnz());
        assertEquals(1, m.colIndex(0), "only the re-bought shoe 2 (index 1) keeps a signal");
    }

    @Test
    void oldEventsDecayWithTheHalfLife() {
        EventLog log = new EventLog(2);
        long t = NOW.getEpochSecond();
        log.add(7, 1, EventKind.PURCHASE, Float.NaN, t - 30 * DAY);
        log.add(7, 2, EventKind.PURCHASE, Float.NaN, t);
        InteractionMatrix m = build(log, new EventWeights(1, 3, 4, 8, 1, 30));
        assertEquals(4f, m.value(0), 1e-4);
        assertEquals(8f, m.value(1), 1e-4);
        assertTrue(EventWeights.defaults().view() < EventWeights.defaults().like()
                && EventWeights.defaults().like() < EventWeights.defaults().cart()
                && EventWeights.defaults().cart() < EventWeights.defaults().purchase());
    }

    @Test
    void columnSumsAreWhatPopularityRanksBy() {
        InteractionMatrix m = ImplicitAlsTest.matrix(new float[][] {{2, 0, 0.5f}, {0, 1, 3}, {1.5f, 0, 0}});
        double[] sums = m.columnSums();
        assertEquals(3.5, sums[0], 1e-6);
        assertEquals(1.0, sums[1], 1e-6);
        assertEquals(3.5, sums[2], 1e-6);
        MostPopular popular = MostPopular.fit(m);
        double[] scores = new double[3];
        popular.score(1, scores);
        assertEquals(3.5, scores[2], 1e-6);
        assertEquals(1.0, popular.popularity(1), 1e-6);
    }

    @Test
    void withoutDropsExactlyTheMarkedEntries() {
        InteractionMatrix m = ImplicitAlsTest.matrix(new float[][] {{2, 0, 0.5f}, {0, 1, 3}, {1.5f, 0, 0}});
        // CSR order: (0,0) (0,2) (1,1) (1,2) (2,0); drop (0,2) and (1,1).
        InteractionMatrix kept = m.without(new boolean[] {false, true, true, false, false});
        assertEquals(3, kept.nnz());
        assertEquals(1, kept.rowLength(0));
        assertEquals(0, kept.colIndex(kept.rowStart(0)));
        assertEquals(2f, kept.value(kept.rowStart(0)));
        assertEquals(2, kept.colIndex(kept.rowStart(1)));
        assertEquals(3f, kept.value(kept.rowStart(1)));
        assertEquals(1.5f, kept.value(kept.rowStart(2)));
        assertEquals(3.5, kept.columnSums()[0], 1e-6);
        assertEquals(0.0, kept.columnSums()[1], 1e-6);
    }

    @Test
    void eventsOfOneDayFoldIntoOneRowKeepingTheirDecayedSum() {
        EventLog log = new EventLog(4);
        long midnight = NOW.getEpochSecond() - 10 * DAY;
        long[] times = { midnight + 3_600, midnight + 5 * 3_600, midnight + 23 * 3_600, midnight + 30 * 3_600 };
        for (long t : times) {
            log.add(7, 1, EventKind.VIEW, Float.NaN, t);
        }
        EventWeights weights = new EventWeights(1, 3, 4, 8, 1, 30);
        double exact = 0;
        for (long t : times) {
            exact += weights.decay(NOW.getEpochSecond() - t);
        }
        assertEquals(2, InteractionAggregates.fold(log).size(), "three views that day, one the next");
        // Decay at the mean time of 22 hours' events: off by at most cosh(ln 2 x 22 h / (2 x 30 d)) - 1 = 5.6e-5.
        assertEquals(exact, build(log, weights).value(0), exact * 6e-5);
    }

    /** Shoe ids 0, 1, 2 at indexes 0, 1, 2; the events of one customer, weighed and decayed as the whole history. */
    @Test
    void aCustomersOwnRowIsWeighedLikeTheirRowOfTheWholeHistory() {
        ShoeInfo[] shoes = new ShoeInfo[3];
        for (int i = 0; i < 3; i++) {
            shoes[i] = StoreFixture.shoe(i, "running", "mesh", "men", "Peak", 10, true, null);
        }
        EventLog log = new EventLog(4);
        long t = NOW.getEpochSecond();
        log.add(7, 1, EventKind.PURCHASE, Float.NaN, t - 30 * DAY);
        log.add(7, 2, EventKind.LIKE, Float.NaN, t);
        log.add(7, 2, EventKind.VIEW, Float.NaN, t);
        log.add(7, 99, EventKind.PURCHASE, Float.NaN, t);
        InteractionMatrix row = InteractionMatrix.customerRow(log, new Catalog(shoes),
                new EventWeights(1, 3, 4, 8, 1, 30), NOW);
        assertEquals(1, row.rows());
        assertFalse(row.hasColumns());
        assertEquals(2, row.nnz(), "nothing on shoe 0 (index 0, id 0) nor on the unknown shoe");
        assertEquals(1, row.colIndex(0));
        assertEquals(4f, row.value(0), 1e-4, "a purchase a half-life old");
        assertEquals(2, row.colIndex(1));
        assertEquals(4f, row.value(1), 1e-6);
        assertEquals(EventKind.LIKE, row.strongestKind(1));
        assertEquals(4 * 2 + 9 * 2, row.memoryBytes(), "row pointers and the CSR entries only");

        EventLog first = new EventLog(1);
        first.add(7, 0, EventKind.CART, Float.NaN, t);
        InteractionMatrix onFirst = InteractionMatrix.customerRow(first, new Catalog(shoes), UNDECAYED, NOW);
        assertEquals(1, onFirst.nnz(), "the shoe at index 0 counts");
        assertEquals(0, onFirst.colIndex(0));
        assertEquals(4f, onFirst.value(0), "the cart alone: no event past the log's end");
    }

    /** Events arrive in any order; a pair's events merge wherever they fall, and columns come out ascending. */
    @Test
    void theBuilderGroupsEachPairsEventsWhateverTheirOrder() {
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(1, 3);
        builder.add(0, 2, 1f, EventKind.VIEW, 0);
        builder.add(0, 1, 4f, EventKind.CART, 0);
        builder.add(0, 2, 3f, EventKind.LIKE, 0);
        InteractionMatrix m = builder.build();
        assertEquals(2, m.nnz());
        assertEquals(1, m.colIndex(0));
        assertEquals(4f, m.value(0));
        assertEquals(2, m.colIndex(1));
        assertEquals(4f, m.value(1));
        assertEquals(EventKind.LIKE, m.strongestKind(1));
    }

    @Test
    void aWeightlessEventNeverNamesThePairsKind() {
        EventLog log = new EventLog(4);
        long t = NOW.getEpochSecond();
        log.add(7, 1, EventKind.VIEW, Float.NaN, t);
        log.add(7, 1, EventKind.RATING, 1f, t);
        InteractionMatrix m = build(log, UNDECAYED);
        assertEquals(1f, m.value(0));
        assertEquals(EventKind.VIEW, m.strongestKind(0), "a one-star rating weighs nothing");
    }

    @Test
    void aReturnInTheSameSecondAsThePurchaseUndoesIt() {
        EventLog log = new EventLog(4);
        long t = NOW.getEpochSecond();
        log.add(7, 1, EventKind.PURCHASE, Float.NaN, t);
        log.add(7, 1, EventKind.RETURN, Float.NaN, t);
        log.add(7, 2, EventKind.VIEW, Float.NaN, t);
        InteractionMatrix m = build(log, UNDECAYED);
        assertEquals(1, m.nnz());
        assertEquals(1, m.colIndex(0), "only the view of shoe 2 (index 1) is left");
        assertEquals(EventKind.VIEW, m.strongestKind(0));
    }

    @Test
    void popularitySummedElsewhereIsACopy() {
        double[] summed = {3, 1};
        MostPopular popular = MostPopular.of(summed);
        summed[0] = 0;
        assertEquals(3, popular.popularity(0));
        assertEquals(1, popular.popularity(1));
    }
}
