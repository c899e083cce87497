package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CatalogTest {

    private static ShoeInfo shoe(long id, String style) {
        return new ShoeInfo(id, "Shoe " + id, null, null, null, null, null, null, 10, true, true, null, style, null);
    }

    @Test
    void shoesAreIndexedInAscendingIdOrderWhateverTheInputOrder() {
        Catalog catalog = new Catalog(new ShoeInfo[] {shoe(30, null), shoe(10, "ridge"), shoe(20, "ridge")});
        assertEquals(10, catalog.shoe(0).id());
        assertEquals(20, catalog.shoe(1).id());
        assertEquals(30, catalog.shoe(2).id());
        assertEquals(2, catalog.index().indexOf(30));
        assertEquals(2, catalog.styleCount(), "the two ridge colourways share a style; 30 is a style of its own");
        assertEquals(catalog.styleOf(0), catalog.styleOf(1));
        assertEquals(1, catalog.styleOf(2));
    }

    @Test
    void refusesADuplicateId() {
        assertThrows(IllegalArgumentException.class, () -> new Catalog(new ShoeInfo[] {shoe(5, null), shoe(5, null)}));
    }
}
