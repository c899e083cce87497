package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.UserInfo;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retrieval on the fixture store with proposal counts small next to its 81 shoes, so that it really leaves shoes
 * out: whatever it keeps, the request's eligibility rules hold exactly as with full scoring.
 */
class RetrievalTest {

    private static final Retrieval.Sizes SMALL = new Retrieval.Sizes(5, 5, 3, 2, 5, 0);
    private static final List<ShoeFilter> FILTERS = List.of(
            ShoeFilter.none(),
            new ShoeFilter(null, null, null, null, null, null, true),
            new ShoeFilter(null, null, "women", null, null, 41f, true),
            new ShoeFilter("boots", null, null, null, null, 39f, false),
            new ShoeFilter(null, null, "men", 50.0, 90.0, null, false));

    private static StoreFixture store;
    private static ServedModel model;
    private static Retrieval retrieval;

    @BeforeAll
    static void fit() {
        store = new StoreFixture();
        model = store.fit();
        retrieval = new Retrieval(SMALL, model.blend(), model.parts(), new SimilarShoes(model.catalog(),
                model.parts().content(), active(), ThreadLocal.withInitial(model.blend()::newScratch)),
                model.catalog().size());
    }

    private static boolean[] active() {
        boolean[] active = new boolean[model.catalog().size()];
        for (int i = 0; i < active.length; i++) {
            active[i] = model.catalog().shoe(i).active();
        }
        return active;
    }

    @Test
    void keepsOnlyEligibleShoesAndLeavesSomeOut() {
        Scratch scratch = model.blend().newScratch();
        boolean[] active = active();
        int narrowed = 0;
        for (int u = 0; u < StoreFixture.USERS; u += 7) {
            long userId = StoreFixture.userId(u);
            int user = model.users().indexOf(userId);
            Set<Long> named = Set.of(store.shoes[u % store.shoes.length].id());
            for (ShoeFilter filter : FILTERS) {
                for (UserInfo profile : new UserInfo[] {null, store.users[u]}) {
                    RecommendationQuery query = new RecommendationQuery(3, filter, true, named, profile);
                    Candidates eligible = Candidates.forRequest(model.catalog(), active, model.history(), user,
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
}
