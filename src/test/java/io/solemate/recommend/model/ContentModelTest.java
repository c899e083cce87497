package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solemate.recommend.StoreFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentModelTest {

    @Test
    void analyzerStripsPunctuationStopWordsAndStems() {
        assertEquals(List.of("trail", "run", "boot", "men"),
                new TextAnalyzer().terms("The trail-running boots, for men!"));
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
}
