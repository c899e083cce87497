package io.solemate.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.ShoeInfo;
import org.junit.jupiter.api.Test;

/** A single model as a ranker: its raw scores, the shopper's seen shoes and inactive shoes left out. */
class BaselinesTest {

    private static ShoeInfo shoe(long id, boolean active) {
        return new ShoeInfo(id, null, null, null, null, null, null, null, 10, true, active, null);
    }

    @Test
    void ranksByTheScorersScoresForKnownShoppersAndByIndexForStrangers() {
        Catalog catalog = new Catalog(new ShoeInfo[] {shoe(1, true), shoe(2, true), shoe(3, false), shoe(4, true),
            shoe(5, true)});
        // Shopper 50 (index 0) likes later shoes, shopper 60 (index 1) earlier ones.
        RankingModel model = new Baselines.ScorerModel("test", 0, catalog, IdIndex.of(new long[] {60, 50}, 2),
                (user, out) -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = user == 0 ? i : -i;
                    }
                });
        boolean[] sawShoe5 = {false, false, false, false, true};
        assertArrayEquals(new int[] {3, 1}, model.rank(50, sawShoe5, 2), "not the seen 5th nor the inactive 3rd");
        assertArrayEquals(new int[] {0, 1, 3}, model.rank(60, new boolean[5], 3));
        assertArrayEquals(new int[] {0, 1}, model.rank(70, new boolean[5], 2), "a stranger: every score ties");
    }
}
