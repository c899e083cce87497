package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentModelTest {

    @Test
    void analyzerStripsPunctuationStopWordsAndStems() {
        assertEquals(List.of("trail", "run", "boot", "men"),
                new TextAnalyzer().terms("The trail-running boots, for men!"));
    }

    @Test
    void nearestNeighboursOfASuedeBootAreSuedeBoots() {
        StoreFixture store = new StoreFixture();
        Snapshot snapshot = store.fit();
        long suedeBoot = store.shoes[0].id();
        List<ScoredShoe> similar = snapshot.similar(suedeBoot, 5, ShoeFilter.none());
        assertEquals(5, similar.size());
        for (ScoredShoe s : similar) {
            ShoeInfo shoe = store.shoe(s.shoeId());
            assertEquals("suede", shoe.material(), shoe.name());
            assertEquals("boots", shoe.category(), shoe.name());
            assertTrue(s.shoeId() != suedeBoot);
        }
        for (int i = 1; i < similar.size(); i++) {
            assertTrue(similar.get(i - 1).score() >= similar.get(i).score());
        }
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

    @Test
    void similarHonoursTheFilter() {
        StoreFixture store = new StoreFixture();
        Snapshot snapshot = store.fit();
        ShoeFilter womenUnder100 = new ShoeFilter(null, null, "women", null, 100.0, null, false);
        List<ScoredShoe> similar = snapshot.similar(store.shoes[0].id(), 10, womenUnder100);
        assertTrue(!similar.isEmpty());
        for (ScoredShoe s : similar) {
            ShoeInfo shoe = store.shoe(s.shoeId());
            assertTrue(shoe.price() <= 100 && !shoe.gender().equals("men"), shoe.toString());
        }
    }
}
