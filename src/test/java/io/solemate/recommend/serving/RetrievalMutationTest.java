package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemToItem;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each retrieval source on a catalogue small enough to know its answer: twelve shoes in three groups of four (boots
 * 0-3, running 4-7, sandals 8-11) that share only their category and material, so a shoe's content neighbours are
 * the rest of its group in index order, and a popularity set by hand.
 */
class RetrievalMutationTest {

    private static final String[] NAMES = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "kilo", "lima"};
    private static final String[][] GROUPS = {{"boots", "suede"}, {"running", "mesh"}, {"sandals", "rubber"}};
    /** Most popular first: 1, 7, 11, 0, 3, 8, 6, 5, 9, 10, 4, 2. */
    private static final double[] POPULARITY = {9, 12, 1, 8, 2, 3, 4, 11, 7, 5, 6, 10};

    private final Catalog catalog = catalog();
    private final ContentModel content = ContentModel.fit(catalog.documents());
    /** User 0 holds shoe 10; user 1 shoe 2 (weight 1) and shoe 7 (weight 3, the strongest). */
    private final ModelParts parts = new ModelParts(history(), MostPopular.of(POPULARITY), null, null, null, content);

    private static Catalog catalog() {
        ShoeInfo[] shoes = new ShoeInfo[NAMES.length];
        for (int i = 0; i < shoes.length; i++) {
            String[] group = GROUPS[i / 4];
            shoes[i] = new ShoeInfo(i + 1, NAMES[i], null, group[0], null, group[1], null, null, 50, true, true, null);
        }
        return new Catalog(shoes);
    }

    private static InteractionMatrix history() {
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(2, NAMES.length);
        builder.add(0, 10, 5f, EventKind.PURCHASE, 0);
        builder.add(1, 2, 1f, EventKind.PURCHASE, 0);
        builder.add(1, 7, 3f, EventKind.PURCHASE, 0);
        return builder.build();
    }

    private SimilarShoes similarShoes(Blend blend) {
        return new SimilarShoes(catalog, content, new ShoeMasks<>(filter -> filter.mask(catalog, true)),
                ThreadLocal.withInitial(blend::newScratch));
    }

    /** With a limit of one: two distinct proposals already make retrieval keep its own list. */
    private int[] retrieve(Map<Component, Double> weights, Retrieval.Sizes sizes, int user, UserInfo profile,
                           int... eligible) {
        return retrieve(parts, weights, sizes, 1, user, profile, eligible);
    }

    private int[] retrieve(ModelParts parts, Map<Component, Double> weights, Retrieval.Sizes sizes, int limit,
                           int user, UserInfo profile, int... eligible) {
        Blend blend = new Blend(catalog, parts, BlendWeights.minMax(weights));
        Retrieval retrieval = new Retrieval(sizes, blend, parts, similarShoes(blend), catalog.size());
        Candidates kept = retrieval.retrieve(user, profile, new Candidates(eligible, eligible.length), limit,
                blend.newScratch());
        return Arrays.copyOf(kept.items(), kept.size());
    }

    @Test
    void popularityProposesTheMostPopularEligibleShoes() {
        int[] kept = retrieve(Map.of(Component.POPULARITY, 1.0), new Retrieval.Sizes(1, 1, 1, 1, 3, 0), 1, null,
                0, 3, 4, 5, 6, 8, 9);
        assertArrayEquals(new int[] {0, 3, 8}, kept, "1, 7 and 11 are more popular but not eligible");
        Map<Component, Double> popularity = Map.of(Component.POPULARITY, 1.0);
        int[] eligible = {0, 3, 4, 5, 6, 8, 9};
        assertArrayEquals(new int[] {0, 3, 8}, retrieve(parts, popularity, new Retrieval.Sizes(1, 1, 1, 1, 3, 7), 1, 1,
                null, eligible), "seven eligible shoes reach a minimum of seven");
        assertArrayEquals(eligible, retrieve(parts, popularity, new Retrieval.Sizes(1, 1, 1, 1, 3, 8), 1, 1, null,
                eligible), "under the minimum retrieval is skipped");
        assertArrayEquals(eligible, retrieve(parts, popularity, new Retrieval.Sizes(1, 1, 1, 1, 3, 0), 2, 1, null,
                eligible), "three proposals cannot fill a limit of two twice over");
    }

    /** The item-to-item model ties user 1's shoes 2 and 7 to each other only: they are its proposals. */
    @Test
    void theItemToItemModelProposesWhatItScoresAboveZero() {
        ModelParts withEase = new ModelParts(history(), MostPopular.of(POPULARITY), null, null,
                ItemToItem.ease(history(), 1, 5), content);
        assertArrayEquals(new int[] {2, 7}, retrieve(withEase, Map.of(Component.ITEM_ITEM, 1.0),
                new Retrieval.Sizes(3, 1, 1, 1, 1, 0), 1, 1, null, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    }

    @Test
    void contentProposesTheNeighboursOfTheStrongestHistoryEntry() {
        // Shoe 7's group but shoe 4, which is not eligible; not shoe 2's group (0, 1, 3).
        int[] kept = retrieve(Map.of(Component.CONTENT, 1.0), new Retrieval.Sizes(1, 1, 1, 2, 1, 0), 1, null,
                0, 1, 3, 5, 6, 8, 9);
        assertArrayEquals(new int[] {5, 6}, kept);
    }

    @Test
    void withoutHistoryContentProposesTheBestForStatedTastesAndPopularityItsScope() {
        // Cold start: content's eligible sandals (9, 10 and 11: up to five, but only shoes it scores above zero) and
        // the most popular eligible sandal (11), not the more popular shoes 1 and 7 outside the stated category.
        UserInfo likesSandals = new UserInfo(5, null, null, "sandals", null, null);
        int[] kept = retrieve(Map.of(Component.POPULARITY, 1.0), new Retrieval.Sizes(1, 5, 1, 1, 1, 0), -1,
                likesSandals, 0, 1, 3, 7, 9, 10, 11);
        assertArrayEquals(new int[] {9, 10, 11}, kept);
        // Content's best two (9 and 10): 11 comes from popularity's scope alone.
        assertArrayEquals(new int[] {9, 10, 11}, retrieve(Map.of(Component.POPULARITY, 1.0),
                new Retrieval.Sizes(1, 2, 1, 1, 1, 0), -1, likesSandals, 0, 1, 3, 7, 9, 10, 11));
    }

    /** Proposals fill a scratch array of one entry per shoe; a stage that never runs (too few shoes) may ask more. */
    @Test
    void refusesToProposeMoreShoesThanTheCatalogueHolds() {
        Blend blend = new Blend(catalog, parts, BlendWeights.minMax(Map.of(Component.POPULARITY, 1.0)));
        SimilarShoes similar = similarShoes(blend);
        int shoes = catalog.size();
        // Three collaborative components x 2 + max(3, 1 x 1) + 3 = 12 proposals: exactly the catalogue.
        new Retrieval(new Retrieval.Sizes(2, 3, 1, 1, 3, shoes), blend, parts, similar, shoes);
        assertThrows(IllegalArgumentException.class,
                () -> new Retrieval(new Retrieval.Sizes(2, 3, 1, 1, 4, shoes), blend, parts, similar, shoes));
        new Retrieval(new Retrieval.Sizes(2, 3, 1, 1, 4, shoes + 1), blend, parts, similar, shoes);
        // Content proposes the larger of its own top and anchors x neighbours.
        assertEquals(3 * 1 + 2 * 5 + 4, new Retrieval.Sizes(1, 7, 2, 5, 4, 0).maxProposals());
        assertEquals(3 * 200 + 200 + 100, Retrieval.Sizes.SERVING.maxProposals());
    }
}
