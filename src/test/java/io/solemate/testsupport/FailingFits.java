package io.solemate.testsupport;

import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.training.FitConfig;
import io.solemate.recommend.training.FitRunner;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The fit runner in tests: fits normally until a test arms a failure with {@link #failNextFit}. */
@Alternative
@Priority(1)
@ApplicationScoped
public class FailingFits extends FitRunner {

    private final AtomicReference<String> nextFailure = new AtomicReference<>();

    /** The next fit throws an {@link IllegalStateException} with this message, once. */
    public void failNextFit(String message) {
        nextFailure.set(message);
    }

    @Override
    public ServedModel fit(TrainingData data, FitConfig config, long version, Instant fittedAt) {
        String failure = nextFailure.getAndSet(null);
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return super.fit(data, config, version, fittedAt);
    }
}
