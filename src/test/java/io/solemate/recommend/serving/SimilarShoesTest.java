package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.ShoeInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarShoesTest {

    private final StoreFixture store = new StoreFixture();
    private final ServedModel model = store.fit();

    @Test
    void nearestNeighboursOfASuedeBootAreSuedeBoots() {
        long suedeBoot = store.shoes[0].id();
        List<ScoredShoe> similar = model.similar(suedeBoot, 5, ShoeFilter.none(), false);
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
    void similarHonoursTheFilter() {
        ShoeFilter womenUnder100 = new ShoeFilter(null, null, "women", null, 100.0, null, false);
        List<ScoredShoe> similar = model.similar(store.shoes[0].id(), 10, womenUnder100, false);
        assertTrue(!similar.isEmpty());
        for (ScoredShoe s : similar) {
            ShoeInfo shoe = store.shoe(s.shoeId());
            assertTrue(shoe.price() <= 100 && !shoe.gender().equals("men"), shoe.toString());
        }
    }
}
