package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.model.UserInfo;
import io.solemate.recommend.training.FitConfig;
import io.solemate.recommend.training.ModelFitter;
import io.solemate.recommend.training.StoreFingerprint;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelHolderTest {

    private static ModelHolder.Serving serving(long version) {
        ShoeInfo shoe = new ShoeInfo(1, "Runner", "Brand", "running", "women", "mesh", "black", "a runner", 100,
                true, true, new float[] { 39f });
        ServedModel model = ModelFitter.fit(new TrainingData(new ShoeInfo[] { shoe }, new UserInfo[0],
                new EventLog(0)), FitConfig.defaults(), version, Instant.parse("2026-01-01T00:00:00Z"));
        return new ModelHolder.Serving(model, new CustomerDirectory(Map.of(), Map.of()),
                new StoreFingerprint(version, 1, 1, 0, 0));
    }

    @Test
    void aSlowLoadOfAnOlderVersionNeverReplacesANewerModel() {
        ModelHolder holder = new ModelHolder();
        assertTrue(holder.swap(serving(7)));
        assertFalse(holder.swap(serving(6)), "version 6 arrived after version 7");
        assertEquals(7, holder.current().orElseThrow().version());
    }

    @Test
    void newerAndSameVersionsAreSwappedIn() {
        ModelHolder holder = new ModelHolder();
        assertTrue(holder.swap(serving(3)));
        assertTrue(holder.swap(serving(4)));
        ModelHolder.Serving reloaded = serving(4);
        assertTrue(holder.swap(reloaded), "the same version again (its customer directory read later)");
        assertEquals(reloaded, holder.serving().orElseThrow());
    }
}
