package io.solemate.recommend.eval;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemKnn;
import io.solemate.recommend.model.ItemScorer;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.PureSvd;
import io.solemate.recommend.model.TopK;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.training.FitConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The single models fitted on all of the training data (no validation split), as rankers for the offline
 * evaluation: MostPopular, ItemKNN, PureSVD, ALS and Content.
 */
final class Baselines {

    static final int ITEM_KNN_NEIGHBOURS = 100;

    private Baselines() {
    }

    static List<RankingModel> fit(TrainingData data, FitConfig config, Instant now) {
        Catalog catalog = new Catalog(data.shoes());
        IdIndex users = data.userIndex(catalog);
        long t = System.nanoTime();
        InteractionMatrix full = InteractionMatrix.of(data.interactions(), catalog, users, config.weights(), now);
        long buildMillis = elapsed(t);
        InteractionMatrix damped = full.damped();
        List<RankingModel> models = new ArrayList<>();

        t = System.nanoTime();
        ItemScorer popular = MostPopular.fit(full);
        models.add(new ScorerModel("MostPopular", buildMillis + elapsed(t), catalog, users, popular));

        t = System.nanoTime();
        ItemScorer knn = ItemKnn.fit(damped, ITEM_KNN_NEIGHBOURS);
        models.add(new ScorerModel("ItemKNN", buildMillis + elapsed(t), catalog, users, knn));

        t = System.nanoTime();
        ItemScorer svd = new PureSvd(damped, PureSvd.fit(damped, config.svdFactors()));
        models.add(new ScorerModel("PureSVD", buildMillis + elapsed(t), catalog, users, svd));

        t = System.nanoTime();
        ItemScorer als = ImplicitAls.fit(damped, config.alsFactors(), config.alsIterations(),
                config.alsRegularization(), config.alsAlpha(), config.threads(), config.seed());
        models.add(new ScorerModel("ALS", buildMillis + elapsed(t), catalog, users, als));

        t = System.nanoTime();
        ItemScorer content = ContentModel.fit(catalog.documents()).forHistory(damped);
        models.add(new ScorerModel("Content", buildMillis + elapsed(t), catalog, users, content));
        return models;
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A single fitted model ranked by its raw scores. */
    record ScorerModel(String name, long fitMillis, Catalog catalog, IdIndex users, ItemScorer scorer)
            implements RankingModel {

        @Override
        public int[] rank(long userId, boolean[] excluded, int k) {
            double[] scores = new double[catalog.size()];
            int user = users.indexOf(userId);
            if (user >= 0) {
                scorer.score(user, scores);
            } else {
                Arrays.fill(scores, 0);
            }
            for (int i = 0; i < scores.length; i++) {
                if (excluded[i] || !catalog.shoe(i).active()) {
                    scores[i] = Double.NEGATIVE_INFINITY;
                }
            }
            return TopK.select(scores, k);
        }
    }
}
