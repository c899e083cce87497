package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.UserInfo;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retrieval on the fixture store with proposal counts small next to its 81 shoes, so that it really leaves shoes
 * out: whatever it keeps, the request's eligibility rules hold exactly as with full scoring.
 */
class RetrievalTest {

    /** The fixture's blend weighs one collaborative component: its 10 proposals are more than twice a limit of 3. */
    private static final Retrieval.Sizes SMALL = new Retrieval.Sizes(10, 5, 3, 2, 5, 0);
    private static final List<ShoeFilter> FILTERS = List.of(
            ShoeFilter.none(),
            new ShoeFilter(null, null, null, null, null, null, true),
            new ShoeFilter(null, null, "women", null, null, 41f, true),
            new ShoeFilter("boots", null, null, null, null, 39f, false),
            new ShoeFilter(null, null, "men", 50.0, 90.0, null, false));

    private static StoreFixture store;
    private static ServedModel model;
    private static SimilarShoes similar;
    private static Retrieval retrieval;

    @BeforeAll
    static void fit() {
        store = new StoreFixture();
        model = store.fit();
        similar = new SimilarShoes(model.catalog(), model.parts().content(),
                new ShoeMasks<>(filter -> filter.mask(model.catalog(), true)),
                ThreadLocal.withInitial(model.blend()::newScratch));
        retrieval = new Retrieval(SMALL, model.blend(), model.parts(), similar, model.catalog().size());
    }

    @Test
    void keepsOnlyEligibleShoesAndLeavesSomeOut() {
        Scratch scratch = model.blend().newScratch();
        ShoeMasks<ShoeFilter> masks = new ShoeMasks<>(filter -> filter.mask(model.catalog(), true));
        int narrowed = 0;
        for (int u = 0; u < StoreFixture.USERS; u += 7) {
            long userId = StoreFixture.userId(u);
            int user = model.users().indexOf(userId);
            Set<Long> named = Set.of(store.shoes[u % store.shoes.length].id());
            for (ShoeFilter filter : FILTERS) {
                for (UserInfo profile : new UserInfo[] {null, store.users[u]}) {
                    RecommendationQuery query = new RecommendationQuery(3, filter, Eligibility.SELLABLE, named,
                            profile);
                    Candidates eligible = Candidates.forRequest(model.catalog(), masks, model.history(), user,
                            query, scratch);
                    Set<Integer> allowed = new HashSet<>();
                    for (int c = 0; c < eligible.size(); c++) {
                        allowed.add(eligible.items()[c]);
                    }
                    Candidates kept = retrieval.retrieve(user, profile, eligible, query.limit(), scratch);
                    int[] items = Arrays.copyOf(kept.items(), kept.size());
                    for (int c = 0; c < items.length; c++) {
                        assertTrue(allowed.contains(items[c]), "retrieved a shoe the request may not show");
                        assertTrue(c == 0 || items[c - 1] < items[c], "candidates ascending and distinct");
                    }
                    narrowed += items.length < allowed.size() ? 1 : 0;
                }
            }
        }
        assertTrue(narrowed > 0, "retrieval never left a shoe out");
    }

    /**
     * trainer=external: a customer read on demand is user 0 of their own parts. Their stage proposes from their own
     * row (as one built afresh over those parts would), not from the model's user 0. The blend weighs content, which
     * proposes the neighbours of the customer's history, and popularity (the external trainer serves no PureSVD).
     */
    @Test
    void aCustomerReadOnDemandIsRetrievedFromTheirOwnRow() {
        Blend blend = new Blend(model.catalog(), model.parts(),
                BlendWeights.minMax(Map.of(Component.CONTENT, 0.6, Component.POPULARITY, 0.4)));
        Retrieval modelWide = new Retrieval(SMALL, blend, model.parts(), similar, model.catalog().size());
        Scratch scratch = blend.newScratch();
        int shoes = model.catalog().size();
        Candidates all = Candidates.excluding(model.catalog(), new boolean[shoes], new int[shoes]);
        int[] modelUserZero = items(modelWide.retrieve(0, null, all, 3, scratch));
        int differs = 0;
        for (int u = 1; u < StoreFixture.USERS; u += 13) {
            ModelParts own = model.parts().forCustomer(ownRow(StoreFixture.userId(u)), null);
            Blend ownBlend = blend.forCustomer(own);
            int[] kept = items(modelWide.forCustomer(ownBlend, own).retrieve(0, null, all, 3, scratch));
            assertTrue(kept.length < shoes, "customer " + u + ": retrieval left nothing out");
            int[] afresh = items(new Retrieval(SMALL, ownBlend, own, similar, shoes).retrieve(0, null, all, 3,
                    scratch));
            assertArrayEquals(afresh, kept, "customer " + u);
            differs += Arrays.equals(kept, modelUserZero) ? 0 : 1;
        }
        assertTrue(differs > 0, "every customer got the model's user 0's candidates");
    }

    /** The candidates copied out: they live in the scratch the next retrieval overwrites. */
    private static int[] items(Candidates candidates) {
        return Arrays.copyOf(candidates.items(), candidates.size());
    }

    private static InteractionMatrix ownRow(long userId) {
        EventLog own = new EventLog(16);
        for (int e = 0; e < store.events.size(); e++) {
            if (store.events.userId(e) == userId) {
                own.add(userId, store.events.shoeId(e), store.events.kind(e), store.events.value(e),
                        store.events.epochSecond(e));
            }
        }
        return InteractionMatrix.customerRow(own, model.catalog(), EventWeights.defaults(), StoreFixture.NOW)
                .damped();
    }
}
