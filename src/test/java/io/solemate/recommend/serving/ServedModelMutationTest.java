package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.ShoeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A served model over 1,200 shoes, enough for retrieval to run (a new class: ServedModel and its test are being
 * rewritten by the lead). Shoe i has popularity 1200 - i and the hundred most popular (0-99) are colourways of one
 * style. Customer 7 bought shoe 1199; customer 8 has no history. The tuned blend is popularity's alone.
 */
class ServedModelMutationTest {

    private static final int SHOES = 1_200;
    private static final String[] CATEGORIES = {"boots", "running", "sandals"};
    private static final RecommendationQuery TOP_3 = RecommendationQuery.top(3);

    private final Catalog catalog = catalog();
    private final InteractionMatrix history = history();
    private final ImplicitAls als = ImplicitAls.fit(history.damped(), 2, 1, 0.1f, 1f, 1, 3);
    private final ServedModel model = model();

    private static Catalog catalog() {
        ShoeInfo[] shoes = new ShoeInfo[SHOES];
        for (int i = 0; i < SHOES; i++) {
            shoes[i] = new ShoeInfo(i + 1, null, null, CATEGORIES[i % 3], null, null, null, null, 10, true, true,
                    null, i < 100 ? "popular" : null, null);
        }
        return new Catalog(shoes);
    }

    private static InteractionMatrix history() {
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(2, SHOES);
        builder.add(0, SHOES - 1, 8f, EventKind.PURCHASE, 0);
        return builder.build();
    }

    private ServedModel model() {
        double[] popularity = new double[SHOES];
        for (int i = 0; i < SHOES; i++) {
            popularity[i] = SHOES - i;
        }
        ModelParts parts = new ModelParts(history.damped(), MostPopular.of(popularity), null, als, null,
                ContentModel.fit(catalog.documents()));
        return ServedModel.create(1, Instant.EPOCH, catalog, IdIndex.of(new long[] {7, 8}, 2), history, parts,
                BlendWeights.minMax(Map.of(Component.POPULARITY, 1.0)), Map.of(), Map.of(), Map.of());
    }

    private static List<Long> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::shoeId).toList();
    }

    /** Retrieval proposes the hundred most popular, one style: the blend then ranks every eligible shoe instead. */
    @Test
    void whenOneColourwayPerStyleLeavesRetrievalShortEveryEligibleShoeIsRanked() {
        assertEquals(List.of(1L, 101L, 102L), ids(model.recommend(7, TOP_3)));
    }

    @Test
    void aCustomerReadOnDemandIsRecommendedAsTheirRowOfTheHistoryWouldBe() {
        CustomerState customer = customer(null);
        List<Recommendation> own = model.recommend(customer, TOP_3);
        assertEquals(ids(model.recommend(7, TOP_3)), ids(own));
        assertEquals(model.recommend(7, TOP_3).get(1).score(), own.get(1).score());
    }

    @Test
    void collaborativeScoresNeedAKnownCustomerAndShoe() {
        // Shoe 1200, the one bought: shoes nobody bought have zero factors.
        assertTrue(als.score(0, SHOES - 1) != 0);
        assertEquals(als.score(0, SHOES - 1), model.collaborativeScore(7, SHOES), "customer 7 is user 0");
        assertEquals(als.score(0, 0), model.collaborativeScore(7, 1), "the first shoe is a shoe");
        assertTrue(Double.isNaN(model.collaborativeScore(99, SHOES)));
        assertTrue(Double.isNaN(model.collaborativeScore(7, 5_000)));
    }

    @Test
    void aCustomerReadOnDemandIsScoredByTheirOwnFactors() {
        float[] factors = {0.5f, -2f};
        assertTrue(als.forCustomer(factors).score(0, SHOES - 1) != 0);
        assertEquals(als.forCustomer(factors).score(0, SHOES - 1), model.collaborativeScore(customer(factors), SHOES));
        assertEquals(als.forCustomer(factors).score(0, 0), model.collaborativeScore(customer(factors), 1));
        assertTrue(Double.isNaN(model.collaborativeScore(customer(null), SHOES)), "no factors yet");
        assertTrue(Double.isNaN(model.collaborativeScore(customer(factors), 5_000)), "an unknown shoe");
    }

    private CustomerState customer(float[] factors) {
        EventLog events = new EventLog(1);
        events.add(7, SHOES, EventKind.PURCHASE, Float.NaN, 0);
        InteractionMatrix row = InteractionMatrix.customerRow(events, catalog, EventWeights.defaults(), Instant.EPOCH);
        return new CustomerState(null, Set.of(), row, row.damped(), factors);
    }
}
