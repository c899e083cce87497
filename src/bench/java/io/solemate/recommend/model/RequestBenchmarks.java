package io.solemate.recommend.model;

import io.solemate.recommend.serving.Eligibility;
import io.solemate.recommend.serving.BlendWeights;
import io.solemate.recommend.serving.Component;
import io.solemate.recommend.serving.ModelParts;
import io.solemate.recommend.serving.RecommendationQuery;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.serving.ShoeFilter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One HTTP request's model work at the serving scale: 20,000 shoes, PureSVD k = 30 and ALS k = 32 both blended
 * (the costliest collaborative choice), a shopper with history, a cold-start shopper with a stated profile,
 * and similar shoes with and without a filter.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RequestBenchmarks {

    @State(Scope.Benchmark)
    public static class Served {
        static final int SHOES = 20_000;
        static final int USERS = 20_000;
        ServedModel model;
        RecommendationQuery withHistory;
        RecommendationQuery coldStart;
        ShoeFilter filter;
        /** The shopper of the last call with history, rotating over every customer. */
        long nextUser;

        @Setup(Level.Trial)
        public void setUp() {
            Catalog catalog = new Catalog(SyntheticStore.shoes(SHOES, 3));
            long[] ids = new long[USERS];
            for (int u = 0; u < USERS; u++) {
                ids[u] = u + 1;
            }
            IdIndex users = IdIndex.ofSorted(ids);
            InteractionMatrix history = InteractionMatrix.of(SyntheticStore.events(USERS, SHOES, 600_000, 5),
                    catalog, users, EventWeights.defaults(), SyntheticStore.NOW);
            InteractionMatrix damped = history.damped();
            PureSvd svd = new PureSvd(damped, PureSvd.fit(damped, 30));
            ImplicitAls als = ImplicitAls.fit(damped, 32, 2, 10f, 2f, 2, 42);
            ModelParts parts = new ModelParts(damped, MostPopular.fit(history), svd, als, null,
                    ContentModel.fit(catalog.documents()));
            BlendWeights weights = BlendWeights.minMax(Map.of(Component.PURE_SVD, 0.3, Component.ALS, 0.3,
                    Component.CONTENT, 0.2, Component.POPULARITY, 0.2));
            model = ServedModel.create(1, SyntheticStore.NOW, catalog, users, history, parts, weights, Map.of(),
                    Map.of(), Map.of());
            withHistory = new RecommendationQuery(20, ShoeFilter.none(), Eligibility.SELLABLE, Set.of(),
                    new UserInfo(42, "women", 41f, null, null, null));
            coldStart = new RecommendationQuery(20, ShoeFilter.none(), Eligibility.SELLABLE, Set.of(),
                    new UserInfo(999_999, "women", 41f, "running", null, "mesh"));
            filter = new ShoeFilter("running", null, "women", null, null, 41f, false);
        }
    }

    @Benchmark
    public Object recommendWithHistory(Served s) {
        // A different shopper per call, as under load: the factor pass of one shopper is reused only within a request.
        s.nextUser = s.nextUser % Served.USERS + 1;
        return s.model.recommend(s.nextUser, s.withHistory);
    }

    @Benchmark
    public Object recommendColdStart(Served s) {
        return s.model.recommend(999_999, s.coldStart);
    }

    @Benchmark
    public Object similarTen(Served s) {
        return s.model.similar(1234, 10, null, false);
    }

    @Benchmark
    public Object similarTenFiltered(Served s) {
        return s.model.similar(1234, 10, s.filter, false);
    }
}
