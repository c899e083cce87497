package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServedModelTest {

    private static StoreFixture store;
    private static ServedModel snapshot;

    @BeforeAll
    static void fit() {
        store = new StoreFixture();
        snapshot = store.fit();
    }

    private static Set<Long> purchases(long userId) {
        Set<Long> owned = new HashSet<>();
        for (int e = 0; e < store.events.size(); e++) {
            if (store.events.userId(e) == userId && store.events.kind(e) == EventKind.PURCHASE) {
                owned.add(store.events.shoeId(e));
            }
        }
        return owned;
    }

    @Test
    void statsDescribeTheFit() {
        ModelStats stats = snapshot.stats();
        assertEquals(StoreFixture.USERS, stats.users());
        assertEquals(store.shoes.length, stats.shoes());
        assertTrue(stats.interactions() > StoreFixture.USERS * 7L);
        // Validation may find content alone best on this fixture (stated tastes match the planted groups exactly).
        assertTrue(stats.collaborativeModel().matches("none|(PureSVD|ALS|ItemItem)(\\+(ALS|ItemItem))*"),
                stats.collaborativeModel());
        assertEquals(stats.blendWeights().collaborative() > 0, !stats.collaborativeModel().equals("none"));
        assertTrue(stats.validation().keySet().containsAll(List.of("MostPopular", "PureSVD", "ALS", "ItemItem",
                "Content", "Hybrid")));
        assertTrue(stats.validation().get("Hybrid").get("ndcg@10")
                >= stats.validation().get("MostPopular").get("ndcg@10"));
        assertEquals(stats.memoryBytes(), snapshot.memoryByPart().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(snapshot.memoryByPart().get("collaborativeFactors") > 0);
        assertTrue(snapshot.memoryByPart().get("tfidfIndex") > 0);
        assertTrue(stats.fitMillis().containsKey("search") && stats.fitMillis().containsKey("total"));
        assertEquals(List.of("PureSVD", "ALS", "ItemItem", "MostPopular", "search"),
                List.copyOf(stats.hyperParameters().keySet()));
        assertEquals("EASE", stats.hyperParameters().get("ItemItem").get("method"));
        assertTrue(stats.hyperParameters().get("ALS").keySet().containsAll(List.of("halfLifeDays", "factors",
                "regularization", "alpha", "validationNdcg@10")), stats.hyperParameters().toString());
        assertEquals("60", stats.hyperParameters().get("search").get("validationUsers"));
        assertTrue(snapshot.knowsUser(StoreFixture.userId(0)) && !snapshot.knowsUser(1));
        assertTrue(snapshot.knowsShoe(StoreFixture.NEW_SUEDE_BOOT) && !snapshot.knowsShoe(5));
        assertEquals("boots", snapshot.shoe(StoreFixture.NEW_SUEDE_BOOT).category());
        assertNull(snapshot.shoe(5));
    }

    @Test
    void knownShoppersGetTheirOwnStyleWithoutWhatTheyOwn() {
        int inGroup = 0;
        int total = 0;
        for (int u = 0; u < 40; u++) {
            long user = StoreFixture.userId(u);
            List<Recommendation> recs = snapshot.recommend(user, RecommendationQuery.top(3));
            assertEquals(3, recs.size());
            for (Recommendation r : recs) {
                assertFalse(purchases(user).contains(r.shoeId()), "owned shoe recommended");
                inGroup += StoreFixture.groupOf(store.shoe(r.shoeId())) == store.groupOfUser[u] ? 1 : 0;
                total++;
            }
        }
        assertTrue(inGroup > 0.9 * total, inGroup + " of " + total + " in the shopper's style");
    }

    @Test
    void ownedShoesComeBackWhenNotExcluded() {
        long user = StoreFixture.userId(5);
        Set<Long> owned = purchases(user);
        var all = snapshot.recommend(user, new RecommendationQuery(store.shoes.length, null, Eligibility.UNRESTRICTED, Set.of(), null));
        assertTrue(all.stream().anyMatch(r -> owned.contains(r.shoeId())));
        long extra = all.stream().filter(r -> !owned.contains(r.shoeId())).findFirst().orElseThrow().shoeId();
        var excluding = snapshot.recommend(user,
                new RecommendationQuery(store.shoes.length, null, Eligibility.SELLABLE, Set.of(extra), null));
        assertTrue(excluding.stream().noneMatch(r -> owned.contains(r.shoeId()) || r.shoeId() == extra));
    }

    @Test
    void filtersRestrictEveryPick() {
        ShoeFilter filter = new ShoeFilter("running", "Stride", "women", 50.0, 120.0, 42f, true);
        var recs = snapshot.recommend(StoreFixture.userId(2), new RecommendationQuery(10, filter, Eligibility.SELLABLE, Set.of(),
                null));
        assertFalse(recs.isEmpty());
        for (Recommendation r : recs) {
            ShoeInfo s = store.shoe(r.shoeId());
            assertTrue(filter.accepts(s), s.toString());
            assertEquals("running", s.category());
            assertEquals("Stride", s.brand());
            assertTrue(s.inStock() && s.hasSize(42f) && s.price() >= 50 && s.price() <= 120);
        }
    }

    @Test
    void coldStartUsesStatedTasteAndPopularityInSize() {
        UserInfo profile = new UserInfo(777, "women", 42f, "boots", null, "suede");
        var recs = snapshot.recommend(777, new RecommendationQuery(5, null, Eligibility.SELLABLE, Set.of(), profile));
        assertEquals(5, recs.size());
        for (Recommendation r : recs) {
            ShoeInfo s = store.shoe(r.shoeId());
            assertEquals("boots", s.category(), s.name());
            assertEquals(0.0, r.components().collaborative());
        }
        Recommendation first = recs.get(0);
        assertEquals("suede", store.shoe(first.shoeId()).material());
        assertTrue(recs.stream().anyMatch(r -> r.reason().kind() == ReasonKind.MATCHES_YOUR_TASTE
                && r.reason().text().equals("Matches your taste for suede boots")), recs.toString());
    }

    @Test
    void coldStartWithoutTasteFallsBackToPopularity() {
        var recs = snapshot.recommend(778, RecommendationQuery.top(4));
        assertEquals(4, recs.size());
        for (Recommendation r : recs) {
            assertEquals(ReasonKind.POPULAR, r.reason().kind());
            assertEquals("Popular right now", r.reason().text());
        }
        UserInfo sized = new UserInfo(779, null, 39f, null, null, null);
        var inSize = snapshot.recommend(779, new RecommendationQuery(4, null, Eligibility.SELLABLE, Set.of(), sized));
        assertEquals(ReasonKind.TRENDING_IN_YOUR_SIZE, inSize.get(0).reason().kind());
        assertEquals("Trending in your size (EU 39)", inSize.get(0).reason().text());
        assertTrue(store.shoe(inSize.get(0).shoeId()).hasSize(39f));
    }

    @Test
    void aShoeWithoutInteractionsReachesShoppersThroughContent() {
        assertTrue(snapshot.similar(store.shoes[0].id(), 10, ShoeFilter.none(), false).stream()
                .anyMatch(s -> s.shoeId() == StoreFixture.NEW_SUEDE_BOOT));
        // Sized and gendered, so popularity only lifts the few shoes in this shopper's size, as in a real store.
        UserInfo profile = new UserInfo(780, "men", 42f, "boots", "Alpine", "suede");
        var recs = snapshot.recommend(780, new RecommendationQuery(10, null, Eligibility.SELLABLE, Set.of(), profile));
        Recommendation fresh = recs.stream().filter(r -> r.shoeId() == StoreFixture.NEW_SUEDE_BOOT).findFirst()
                .orElseThrow(() -> new AssertionError("new shoe missing from " + recs));
        assertEquals(0.0, fresh.components().popularity());
        assertEquals(Blend.COLD_START.weight(Component.CONTENT), fresh.components().content(), 1e-9,
                "the new shoe is the best content match");
        assertEquals("Matches your taste for alpine suede boots", fresh.reason().text());
    }

    @Test
    void everyReasonSpeaksForTheLeadingComponent() {
        int anchored = 0;
        for (int u = 0; u < 40; u++) {
            long user = StoreFixture.userId(u);
            for (Recommendation r : snapshot.recommend(user, RecommendationQuery.top(5))) {
                ComponentScores c = r.components();
                Reason reason = r.reason();
                if (c.collaborative() > 0 && c.collaborative() >= Math.max(c.content(), c.popularity())) {
                    assertTrue(Set.of(ReasonKind.SHOPPERS_ALSO_CHOSE, ReasonKind.SHOPPERS_LIKE_YOU)
                            .contains(reason.kind()), reason.toString());
                } else if (c.content() > 0 && c.content() >= c.popularity()) {
                    assertTrue(Set.of(ReasonKind.SIMILAR_TO_YOURS, ReasonKind.MATCHES_YOUR_TASTE)
                            .contains(reason.kind()), reason.toString());
                } else {
                    assertTrue(Set.of(ReasonKind.POPULAR, ReasonKind.TRENDING_IN_YOUR_SIZE,
                            ReasonKind.SELECTED_FOR_YOU).contains(reason.kind()), reason.toString());
                }
                if (reason.anchorShoeId() != null) {
                    assertTrue(reason.text().contains(store.shoe(reason.anchorShoeId()).name()), reason.text());
                    assertTrue(reason.text().contains(" you " + Reasons.verb(reason.anchorEvent())), reason.text());
                    anchored++;
                }
            }
        }
        assertTrue(anchored > 0, "no reason named a shoe of the history");
    }

    @Test
    void collaborativeScoreIsNaNForStrangers() {
        assertTrue(Double.isNaN(snapshot.collaborativeScore(1, store.shoes[0].id())));
        assertTrue(Double.isNaN(snapshot.collaborativeScore(StoreFixture.userId(0), 5)));
        double own = snapshot.collaborativeScore(StoreFixture.userId(0), store.shoes[1].id());
        double other = snapshot.collaborativeScore(StoreFixture.userId(0), store.shoes[25].id());
        assertTrue(own > other, own + " vs " + other);
    }

    @Test
    void codecRoundTripGivesIdenticalRecommendations() {
        ServedModel decoded = ModelCodec.decode(ModelCodec.encode(snapshot));
        assertEquals(snapshot.version(), decoded.version());
        assertEquals(snapshot.fittedAt(), decoded.fittedAt());
        assertEquals(snapshot.stats(), decoded.stats());
        UserInfo profile = new UserInfo(777, "women", 42f, "boots", null, "suede");
        for (long user : new long[] {StoreFixture.userId(0), StoreFixture.userId(9), 777}) {
            var query = new RecommendationQuery(8, null, Eligibility.SELLABLE, Set.of(), profile);
            assertEquals(snapshot.recommend(user, query), decoded.recommend(user, query));
        }
        assertEquals(snapshot.similar(store.shoes[4].id(), 5, null, false),
                decoded.similar(store.shoes[4].id(), 5, null, false));
        assertEquals(snapshot.collaborativeScore(StoreFixture.userId(3), store.shoes[30].id()),
                decoded.collaborativeScore(StoreFixture.userId(3), store.shoes[30].id()));
    }

    private static int indexOfUser(long userId) {
        return snapshot.users().indexOf(userId);
    }

    @Test
    void servingRanksExactlyAsValidationDoesAndLeavesOutAComponentWeightedZero() {
        BlendWeights withoutContent = BlendWeights.minMax(Map.of(Component.ALS, 0.6, Component.POPULARITY, 0.4));
        ServedModel tuned = ServedModel.create(2, snapshot.fittedAt(), snapshot.catalog(), snapshot.users(),
                snapshot.history(), snapshot.parts(), withoutContent, Map.of(), Map.of(), Map.of());
        Blend blend = tuned.blend();
        Scratch scratch = blend.newScratch();
        boolean[] none = new boolean[snapshot.catalog().size()];
        Candidates all = Candidates.excluding(snapshot.catalog(), none, new int[none.length]);
        for (int u : new int[] {0, 5, 17}) {
            int user = indexOfUser(StoreFixture.userId(u));
            // Validation computes every component, content included, and weighs the set afterwards.
            Blend.Prepared prepared = blend.prepare(user, null, all, Normalization.MINMAX, scratch);
            int[] expected = prepared.top(withoutContent, 10, new double[none.length]);
            List<Recommendation> picks = tuned.recommend(StoreFixture.userId(u),
                    new RecommendationQuery(10, null, Eligibility.UNRESTRICTED, Set.of(), null));
            assertEquals(10, picks.size());
            long[] served = picks.stream().mapToLong(Recommendation::shoeId).toArray();
            assertEquals(Arrays.toString(Arrays.stream(expected).mapToLong(i -> snapshot.catalog().shoe(i).id())
                    .toArray()), Arrays.toString(served));
            for (Recommendation pick : picks) {
                assertEquals(0.0, pick.components().content());
            }
        }
    }

    @Test
    void answersWhatItKnowsAboutShoppersAndShoes() {
        assertEquals(1, snapshot.version());
        assertTrue(snapshot.toString().startsWith("ServedModel[v1, " + StoreFixture.USERS + " users"), snapshot.toString());
        // The lowest id has dense index 0.
        assertTrue(snapshot.knowsShoe(store.shoes[0].id()));
        assertEquals(store.shoes[0], snapshot.shoe(store.shoes[0].id()));
        assertNull(snapshot.shoe(5));
        assertTrue(snapshot.hasHistory(StoreFixture.userId(0)));
        assertFalse(snapshot.hasHistory(777), "unknown to the model");
        assertEquals(1, snapshot.similar(store.shoes[0].id(), 1, null, false).size());
        assertEquals(List.of(), snapshot.similar(store.shoes[0].id(), 0, null, false));
        assertEquals(List.of(), snapshot.similar(5, 3, null, false));
        assertEquals(2 * snapshot.history().memoryBytes(), snapshot.memoryByPart().get("interactionHistory"));
    }

    @Test
    void popularityOnlyPromotesShoesInTheShoppersScope() {
        // 24 shoes fit EU 38 for women or everyone; the five most popular of them fill a cold-start list.
        UserInfo womanInSize38 = new UserInfo(780, "women", 38f, null, null, null);
        for (int repeat = 0; repeat < 2; repeat++) { // the second time from the cached scope
            var recs = snapshot.recommend(780, new RecommendationQuery(5, null, Eligibility.UNRESTRICTED, Set.of(), womanInSize38));
            assertEquals(5, recs.size());
            for (Recommendation r : recs) {
                ShoeInfo s = store.shoe(r.shoeId());
                assertTrue(s.hasSize(38f) && !s.gender().equals("men"), s.toString());
                assertTrue(r.components().popularity() > 0, r.toString());
            }
        }
    }
}
