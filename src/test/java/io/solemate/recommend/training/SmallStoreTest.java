package io.solemate.recommend.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.serving.Eligibility;
import io.solemate.interactions.EventKind;
import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.model.UserInfo;
import io.solemate.recommend.serving.ModelCodec;
import io.solemate.recommend.serving.RecommendationQuery;
import io.solemate.recommend.serving.ServedModel;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A shop on its first day must still fit and serve: no events, or a handful. */
class SmallStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    private static ShoeInfo[] shoes(int n) {
        ShoeInfo[] shoes = new ShoeInfo[n];
        for (int i = 0; i < n; i++) {
            shoes[i] = StoreFixture.shoe(i + 1, i % 2 == 0 ? "boots" : "running", i % 2 == 0 ? "suede" : "mesh",
                    "unisex", "Peak", 80, true, new float[] {42});
        }
        return shoes;
    }

    @Test
    void anEmptyLogServesStatedTastesOnly() {
        UserInfo ann = new UserInfo(1, "women", 42f, "boots", null, "suede");
        ServedModel s = ModelFitter.fit(new TrainingData(shoes(6), new UserInfo[] {ann}, new EventLog(0)),
                FitConfig.defaults(), 1, NOW);
        assertEquals("none", s.stats().collaborativeModel());
        assertEquals(0, s.stats().interactions());
        var recs = s.recommend(1, new RecommendationQuery(3, null, Eligibility.SELLABLE, Set.of(), ann));
        assertEquals(3, recs.size());
        assertEquals("boots", s.shoe(recs.get(0).shoeId()).category());
        assertTrue(Double.isNaN(s.collaborativeScore(1, 1)));
        assertEquals(recs, ModelCodec.decode(ModelCodec.encode(s))
                .recommend(1, new RecommendationQuery(3, null, Eligibility.SELLABLE, Set.of(), ann)));
    }

    @Test
    void aHandfulOfEventsFitsWithoutValidation() {
        EventLog log = new EventLog(4);
        long t = NOW.getEpochSecond();
        log.add(1, 1, EventKind.PURCHASE, Float.NaN, t);
        log.add(1, 3, EventKind.VIEW, Float.NaN, t);
        log.add(2, 2, EventKind.LIKE, Float.NaN, t);
        log.add(2, 1, EventKind.RETURN, Float.NaN, t);
        ServedModel s = ModelFitter.fit(new TrainingData(shoes(5), new UserInfo[0], log), FitConfig.defaults(), 1, NOW);
        assertTrue(s.stats().validation().isEmpty(), "too few shoppers to tune on");
        assertEquals(3, s.stats().interactions());
        var recs = s.recommend(1, RecommendationQuery.top(10));
        assertEquals(4, recs.size(), "five shoes minus the one bought");
        assertFalse(recs.stream().anyMatch(r -> r.shoeId() == 1));
        assertFalse(Double.isNaN(s.collaborativeScore(1, 3)));
    }
}
