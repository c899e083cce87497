package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.ContentModel.Field;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentModelTest {

    @Test
    void analyzerStripsPunctuationStopWordsAndStems() {
        assertEquals(List.of("trail", "run", "boot", "men"),
                new TextAnalyzer().terms("The trail-running boots, for men!"));
        assertEquals(List.of("xl"), new TextAnalyzer().terms("XL x"), "two letters make a term, one does not");
        assertEquals(List.of(), new TextAnalyzer().terms("?!"));
    }

    @Test
    void vectorsAreUnitLengthAndCosineMatchesTheIndex() {
        StoreFixture store = new StoreFixture();
        ContentModel content = ContentModel.fit(new Catalog(store.shoes).documents());
        float[] query = content.newQuery();
        content.addItem(3, 1f, query);
        double[] scores = new double[content.items()];
        content.score(query, scores);
        assertEquals(1.0, scores[3], 1e-5);
        assertEquals(content.cosine(3, 40), scores[40], 1e-6);
    }

    /*
     * Three documents, n = 3: "red boot" (weight 1), "blue boot" (weight 2: every term counts twice) and
     * "red sandal" + "red". Document frequencies: red 2, boot 2, blue 1, sandal 1, so
     * idf = ln((1 + n) / (1 + df)) + 1 is ln(4/3) + 1 for red and boot and ln 2 + 1 for blue and sandal.
     */
    private static final double IDF_COMMON = Math.log(4.0 / 3) + 1;
    private static final double IDF_RARE = Math.log(2) + 1;
    private static final List<List<Field>> THREE = List.of(
            List.of(new Field("red boot", 1)),
            List.of(new Field("blue boot", 2)),
            List.of(new Field("red sandal", 1), new Field("red", 1)));
    /** Each document's tf x idf vector over (red, boot, blue, sandal), L2-normalized. */
    private static final double[][] VECTORS = {
        unit(IDF_COMMON, IDF_COMMON, 0, 0),
        unit(0, 2 * IDF_COMMON, 2 * IDF_RARE, 0),
        unit(2 * IDF_COMMON, 0, 0, IDF_RARE)};

    @Test
    void cosinesFollowTfTimesSmoothedIdf() {
        ContentModel content = ContentModel.fit(THREE);
        assertEquals(3, content.items());
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                assertEquals(dot(VECTORS[a], VECTORS[b]), content.cosine(a, b), 1e-6, a + "-" + b);
            }
        }
    }

    @Test
    void historyScoresAreTheInteractionWeightedSumOfCosines() {
        ContentModel content = ContentModel.fit(THREE);
        // User 0 holds document 0 with weight 2 and document 2 with weight 1; user 1 holds nothing.
        InteractionMatrix history = ImplicitAlsTest.matrix(new float[][] {{2, 0, 1}, {0, 0, 0}});
        double[] out = new double[3];
        content.forHistory(history).score(0, out);
        for (int i = 0; i < 3; i++) {
            assertEquals(2 * dot(VECTORS[0], VECTORS[i]) + dot(VECTORS[2], VECTORS[i]), out[i], 1e-6, "item " + i);
        }
        content.forHistory(history).score(1, out);
        assertArrayEquals(new double[3], out);
    }

    @Test
    void statedTextIsAUnitQueryScaledByItsWeight() {
        ContentModel content = ContentModel.fit(THREE);
        // "red" and a word no document has: the query is the unit vector of red, times 2.
        List<Field> text = List.of(new Field("red velvet", 1));
        double[] out = new double[3];
        for (int twice = 0; twice < 2; twice++) { // the second time from the cache
            float[] query = content.newQuery();
            content.addText(text, 2f, query);
            content.score(query, out);
            for (int i = 0; i < 3; i++) {
                assertEquals(2 * VECTORS[i][0], out[i], 1e-6, "item " + i);
            }
        }
        float[] none = content.newQuery();
        content.addText(List.of(new Field("velvet", 1)), 2f, none);
        assertArrayEquals(new float[none.length], none, "unknown words add nothing");
    }

    @Test
    void statedTextIsWeightedByIdfLikeADocument() {
        ContentModel content = ContentModel.fit(THREE);
        // "red blue": the rarer blue weighs more, as in a document vector.
        double[] text = unit(IDF_COMMON, 0, IDF_RARE, 0);
        float[] query = content.newQuery();
        content.addText(List.of(new Field("red blue", 1)), 1f, query);
        double[] out = new double[3];
        content.score(query, out);
        for (int i = 0; i < 3; i++) {
            assertEquals(dot(text, VECTORS[i]), out[i], 1e-6, "item " + i);
        }
    }

    @Test
    void scoringOnlySomeItemsGivesTheirFullScoresAndLeavesTheRest() {
        ContentModel content = ContentModel.fit(THREE);
        float[] query = content.newQuery();
        content.addItem(1, 2f, query);
        double[] full = new double[3];
        content.score(query, full);
        double[] some = {-1, -1, -1};
        // Items 2 and 0 only; the 1 past n is not one of them.
        content.score(query, new int[] {2, 0, 1}, 2, some);
        assertEquals(2 * dot(VECTORS[1], VECTORS[0]), some[0], 1e-6);
        assertEquals(full[0], some[0], 0);
        assertEquals(0.0, some[2], "blue boot and red sandal share no term");
        assertEquals(-1.0, some[1], "not asked for");
    }

    @Test
    void countsTheEntriesAndPostingsEachWayOfScoringReads() {
        // Vocabulary blue, boot, red, sandal; two terms per document, boot and red in two documents each.
        ContentModel content = ContentModel.fit(THREE);
        assertEquals(6, content.termEntries());
        float[] query = content.newQuery();
        assertEquals(0, content.postings(query));
        content.addItem(0, 1f, query);
        assertEquals(4, content.postings(query), "boot and red");
        content.addText(List.of(new Field("blue", 1)), 1f, query);
        assertEquals(5, content.postings(query));
    }

    @Test
    void termsInMoreThanHalfOfTenOrMoreDocumentsAreDropped() {
        // "shoe" is in 6 of 10 documents (dropped), "lace" in 5 (kept); the rest are unique.
        String[] unique = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"};
        List<List<Field>> docs = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            docs.add(List.of(new Field(unique[d] + (d < 6 ? " shoe" : "") + (d < 5 ? " lace" : ""), 1)));
        }
        ContentModel content = ContentModel.fit(docs);
        assertEquals(0.0, content.cosine(4, 5), 1e-9, "they share only the dropped term");
        assertTrue(content.cosine(0, 1) > 0.2, "they share the kept term");
        // Under ten documents nothing is dropped: the first three share "shoe" and "lace", in all three.
        ContentModel small = ContentModel.fit(docs.subList(0, 3));
        assertTrue(small.cosine(0, 1) > 0.2);
    }

    @Test
    void writtenAndReadBackScoresTheSame() throws IOException {
        ContentModel content = ContentModel.fit(THREE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.writeTo(new DataOutputStream(bytes));
        ContentModel read = ContentModel.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        float[] query = read.newQuery();
        read.addText(List.of(new Field("blue", 1)), 1f, query);
        double[] out = new double[3];
        read.score(query, out);
        assertEquals(VECTORS[1][2], out[1], 1e-6);
        assertEquals(content.cosine(0, 1), read.cosine(0, 1), 1e-9);
        assertTrue(read.memoryBytes() > 0);
    }

    private static double[] unit(double... v) {
        double norm = Math.sqrt(dot(v, v));
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] / norm;
        }
        return u;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
