package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.ShoeInfo;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Similar shoes on a catalogue whose answers are known: 60 identical running shoes (0-59), 60 identical sandals
 * (60-119) and 4 identical boots (120-123), so within a group every cosine is 1, across groups 0, and ties go to the
 * lower index. Shoe 1 is inactive; shoes 0 and 2, 3 and 4, 55 and 56 are colourways of one style; shoes 30 and
 * 55-59 cost 10, the rest 100. The running shoes' precomputed lists are full (50), the boots' short (3).
 */
class SimilarShoesMutationTest {

    private static final ShoeFilter UNDER_20 = new ShoeFilter(null, null, null, null, 20.0, null, false);

    private final Catalog catalog = catalog();
    private final ContentModel content = ContentModel.fit(catalog.documents());
    private final SimilarShoes similar = similarShoes();

    private static Catalog catalog() {
        ShoeInfo[] shoes = new ShoeInfo[124];
        for (int i = 0; i < shoes.length; i++) {
            String category = i < 60 ? "running" : i < 120 ? "sandals" : "boots";
            String style = switch (i) {
                case 0, 2 -> "A";
                case 3, 4 -> "B";
                case 55, 56 -> "C";
                default -> null;
            };
            double price = i == 30 || (i >= 55 && i < 60) ? 10 : 100;
            shoes[i] = new ShoeInfo(i, null, null, category, null, null, null, null, price, true, i != 1, null, style,
                    null);
        }
        return new Catalog(shoes);
    }

    private SimilarShoes similarShoes() {
        return new SimilarShoes(catalog, content, new ShoeMasks<>(filter -> filter.mask(catalog, true)),
                ThreadLocal.withInitial(this::scratch));
    }

    private Scratch scratch() {
        return new Scratch(catalog.size(), content.newQuery().length, catalog.styleCount());
    }

    /** Shoe ids equal their indexes here. */
    private List<Long> similar(int item, int limit, ShoeFilter filter, boolean allVariants) {
        return similar.similar(item, limit, filter, allVariants, scratch()).stream().map(ScoredShoe::shoeId).toList();
    }

    @Test
    void neighboursAreTheActiveShoesOfTheGroupInIndexOrder() {
        assertEquals(List.of(2L, 3L, 4L), similar(0, 3, ShoeFilter.none(), true), "not the inactive shoe 1");
        assertEquals(1.0, similar.similar(0, 1, ShoeFilter.none(), true, scratch()).get(0).score(), 1e-6);
        int[] expected = IntStream.rangeClosed(2, 51).toArray();
        assertEquals(Arrays.toString(expected), Arrays.toString(similar.neighbours(0)), "the 50 best, precomputed");
    }

    @Test
    void aShortPrecomputedListIsTheWholeAnswerAndNeverHoldsUnrelatedShoes() {
        assertEquals(List.of(121L, 122L), similar(120, 2, ShoeFilter.none(), true));
        assertEquals(List.of(121L, 122L, 123L), similar(120, 5, ShoeFilter.none(), true),
                "no shoe of a cosine of zero");
    }

    @Test
    void oneColourwayPerStyleAndNoneOfTheShoesOwnStyle() {
        // 2 shares shoe 0's style, 4 shoe 3's.
        assertEquals(List.of(3L, 5L, 6L), similar(0, 3, ShoeFilter.none(), false));
    }

    /** Of the precomputed 2-51 only 30 costs under 20: the answer comes from a scan of the whole catalogue. */
    @Test
    void aFilterThePrecomputedListCannotFillScansTheCatalogue() {
        assertEquals(List.of(30L, 55L, 56L), similar(0, 3, UNDER_20, true));
        assertEquals(List.of(30L, 55L, 57L), similar(0, 3, UNDER_20, false), "56 is 55's colourway");
    }

    @Test
    void memoryIsFiftyNeighboursAShoeWithTheirCosines() {
        // Two arrays a shoe (16-byte headers), an int index and a double cosine per neighbour.
        assertEquals(10 * (32 + 12 * 50), SimilarShoes.memoryBytes(10));
    }
}
