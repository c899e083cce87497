package io.solemate.recommend.model;

import io.solemate.recommend.serving.RecommendationQuery;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.training.FitConfig;
import io.solemate.recommend.training.ModelFitter;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Hot paths of the recommender at store scale (20,000 shoes; 6,000 x 4,000 with 1M events for ALS). */
public class ModelBenchmarks {

    /** Scores of every shoe for one request, and a fitted model over the same catalogue. */
    @State(Scope.Benchmark)
    public static class Catalogue {
        static final int SHOES = 20_000;
        double[] scores;
        ServedModel model;
        ShoeInfo[] shoes;

        @Setup(Level.Trial)
        public void setUp() {
            Random random = new Random(1);
            scores = new double[SHOES];
            for (int i = 0; i < SHOES; i++) {
                scores[i] = random.nextGaussian();
            }
            shoes = SyntheticStore.shoes(SHOES, 3);
            FitConfig config = new FitConfig(32, 64, 5, 0.1f, 10f, 2, EventWeights.defaults(), 42, 200, 5_000, 200,
                    25_000);
            model = ModelFitter.fit(new TrainingData(shoes, new UserInfo[0],
                    SyntheticStore.events(5_000, SHOES, 300_000, 5)), config, 1, SyntheticStore.NOW);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int[] topTwentyOf20000(Catalogue c) {
        return TopK.select(c.scores, 20);
    }

    /** A whole request: every component over 20,000 shoes, blend, top 20 and reasons. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object recommendTwentyOf20000(Catalogue c) {
        return c.model.recommend(42, RecommendationQuery.top(20));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ContentModel tfIdfFitOf20000(Catalogue c) {
        return ContentModel.fit(new Catalog(c.shoes).documents());
    }

    /** 6,000 shoppers x 4,000 shoes, ~1M interactions after merging, k = 64. */
    @State(Scope.Benchmark)
    public static class Interactions {
        InteractionMatrix matrix;

        @Setup(Level.Trial)
        public void setUp() {
            matrix = SyntheticStore.matrix(6_000, 4_000, 1_300_000, 9);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ImplicitAls alsOneIterationTwoThreads(Interactions i) {
        return ImplicitAls.fit(i.matrix, 64, 1, 0.1f, 10f, 2, 42);
    }
}
