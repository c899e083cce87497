package io.solemate.recommend.training;

import io.solemate.recommend.model.FitConfig;
import io.solemate.recommend.model.ModelFitter;
import io.solemate.recommend.model.Snapshot;
import io.solemate.recommend.model.TrainingData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Runs one model fit. A bean of its own so that tests can make a fit fail and watch the trainer recover. */
@ApplicationScoped
public class FitRunner {

    public Snapshot fit(TrainingData data, FitConfig config, long version, Instant fittedAt) {
        return ModelFitter.fit(data, config, version, fittedAt);
    }
}
