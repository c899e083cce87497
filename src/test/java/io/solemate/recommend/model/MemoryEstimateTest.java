package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solemate.recommend.model.ContentModel.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heap estimates {@code GET /api/model} reports per part, counted by hand from each part's arrays: 16-byte array
 * headers, 4-byte ints and floats, 8-byte longs and doubles, and strings as each part's javadoc counts them.
 */
class MemoryEstimateTest {

    private static final float[][] RATINGS = {{2, 0, 0.5f}, {0, 1, 3}, {1.5f, 0, 0}};

    @Test
    void interactionsCountSeventeenBytesAnEntryPlusPointers() {
        InteractionMatrix m = ImplicitAlsTest.matrix(RATINGS);
        assertEquals(4 * (4 + 4) + 17 * 5, m.memoryBytes());
        assertEquals(16 + 8 * 3, MostPopular.fit(m).memoryBytes());
        assertEquals(16 + 8 * 4, IdIndex.of(new long[] {9, 3, 9, 5, 7}, 5).memoryBytes(), "four distinct ids");
    }

    @Test
    void factorsCountTheirFloats() {
        ImplicitAls als = ImplicitAls.fit(ImplicitAlsTest.matrix(RATINGS), 2, 1, 0.5f, 1f, 1, 3);
        long itemFactors = 16 * 2 + 4 * 2 * 3;
        assertEquals((16 + 4 * 2) * 3 + itemFactors, als.memoryBytes());
        ItemFactors svd = PureSvd.fit(ImplicitAlsTest.matrix(RATINGS).damped(), 2);
        assertEquals(16L * svd.k() + 4L * svd.k() * 3, new PureSvd(null, svd).memoryBytes());
    }

    @Test
    void catalogCountsEachShoesStringsAndSizes() {
        ShoeInfo named = new ShoeInfo(1, "Ab", null, "c", null, null, null, null, 10, true, true, new float[] {40, 41});
        ShoeInfo bare = new ShoeInfo(2, null, null, null, null, null, null, null, 10, true, true, null);
        // Each shoe also holds its style's index (4 bytes); stocked in every size, its sizes array is shared.
        assertEquals(8 * 2 + (96 + (40 + 2) + (40 + 1) + (16 + 4 * 2) + 4) + (96 + 4),
                new Catalog(new ShoeInfo[] {named, bare}).memoryBytes());
        ShoeInfo described = new ShoeInfo(4, null, "Peak", null, "women", "suede", "red", "Soft.", 10, true, true,
                null);
        assertEquals(8 + 96 + (40 + 4) + (40 + 5) + (40 + 5) + (40 + 3) + (40 + 5) + 4,
                new Catalog(new ShoeInfo[] {described}).memoryBytes(), "brand, gender, material, colour, description");
        ShoeInfo styled = new ShoeInfo(3, null, null, null, null, null, null, null, 10, true, true,
                new float[] {40, 41, 42}, "peak ridge", new float[] {41, 42});
        assertEquals(8 + 96 + (16 + 4 * 3) + (40 + 10) + (16 + 4 * 2) + 4,
                new Catalog(new ShoeInfo[] {styled}).memoryBytes());
    }

    @Test
    void contentCountsVocabularyAndPostings() {
        // Terms blue, boot, red, sandal (4 + 4 + 3 + 6 characters); two postings per document.
        ContentModel content = ContentModel.fit(List.of(List.of(new Field("red boot", 1)),
                List.of(new Field("blue boot", 1)), List.of(new Field("red sandal", 1))));
        long strings = 4 * 48 + 2 * (4 + 4 + 3 + 6);
        assertEquals(strings + 4 * 4 + 4 * (4 + 5) + 16 * 6 + 64 * 4, content.memoryBytes());
    }
}
