package io.solemate.recommend.training;

import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.serving.ServedModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Runs one model fit. A bean of its own so that tests can make a fit fail and watch the trainer recover. */
@ApplicationScoped
public class FitRunner {

    public ServedModel fit(TrainingData data, FitConfig config, long version, Instant fittedAt) {
        return ModelFitter.fit(data, config, version, fittedAt);
    }
}
