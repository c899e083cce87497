package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemToItem;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.PureSvd;
import io.solemate.recommend.model.TrainingData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModelPartsTest {

    private final TrainingData data = new StoreFixture().data();
    private final Catalog catalog = new Catalog(data.shoes());
    private final InteractionMatrix decayed = InteractionMatrix.of(data.interactions(), catalog, data.userIndex(catalog),
            EventWeights.defaults(), StoreFixture.NOW).damped();
    /** The same events without decay: the history a component that chose "no decay" reads. */
    private final InteractionMatrix undecayed = InteractionMatrix.of(data.interactions(), catalog,
            data.userIndex(catalog), EventWeights.defaults().withHalfLife(0), StoreFixture.NOW).damped();

    private ModelParts parts(boolean withItemItem) {
        return new ModelParts(decayed, MostPopular.fit(decayed), new PureSvd(undecayed, PureSvd.fit(undecayed, 4)),
                ImplicitAls.fit(decayed, 4, 3, 0.1f, 10f, 1, 7),
                withItemItem ? ItemToItem.ease(undecayed, 5, 20) : null, ContentModel.fit(catalog.documents()));
    }

    @Test
    void componentsReadTheirOwnHistoryBackFromTheirBytes() throws Exception {
        ModelParts parts = parts(true);
        ModelParts read = roundTrip(parts);
        Scratch scratch = new Scratch(catalog.size(), parts.content().newQuery().length, catalog.styleCount());
        double[] before = new double[catalog.size()];
        double[] after = new double[catalog.size()];
        for (Component component : Component.values()) {
            assertTrue(read.has(component), component.name());
            for (int user : new int[] {0, 7, 42}) {
                assertTrue(parts.score(component, user, null, null, scratch, before, everyShoe()));
                assertTrue(read.score(component, user, null, null, scratch, after, everyShoe()));
                assertArrayEquals(before, after, 1e-9, component + " user " + user);
            }
        }
        assertEquals(parts.memoryByPart(), read.memoryByPart());
        assertEquals(undecayed.memoryBytes(), read.memoryByPart().get("componentHistories"),
                "one copy of the undecayed history, shared by PureSVD and the item-to-item model");
        assertTrue(read.memoryByPart().get("itemItemWeights") > 0);
    }

    @Test
    void theItemToItemComponentScoresFromHistoryAndIsOptional() throws Exception {
        ModelParts without = roundTrip(parts(false));
        assertFalse(without.has(Component.ITEM_ITEM));
        assertEquals(0L, without.memoryByPart().get("itemItemWeights"));
        Scratch scratch = new Scratch(catalog.size(), without.content().newQuery().length, catalog.styleCount());
        double[] out = new double[catalog.size()];
        assertFalse(without.score(Component.ITEM_ITEM, 3, null, null, scratch, out, everyShoe()));
        ModelParts with = parts(true);
        assertFalse(with.score(Component.ITEM_ITEM, -1, null, null, scratch, out, everyShoe()),
                "a stranger has no history");
        assertTrue(with.score(Component.ITEM_ITEM, 3, null, null, scratch, out, everyShoe()));
        assertTrue(Arrays.stream(out).anyMatch(s -> s > 0));
    }

    @Test
    void collaborativeScoreFallsBackToTheItemToItemModelWithoutAls() {
        ItemToItem itemItem = ItemToItem.ease(undecayed, 5, 20);
        ModelParts parts = new ModelParts(decayed, MostPopular.fit(decayed), null, null, itemItem,
                ContentModel.fit(catalog.documents()));
        assertEquals(itemItem.score(3, 11), parts.collaborativeScore(3, 11), 0);
        assertTrue(Double.isNaN(new ModelParts(decayed, MostPopular.fit(decayed), null, null, null,
                ContentModel.fit(catalog.documents())).collaborativeScore(3, 11)));
    }

    @Test
    void itemToItemScoresInTheScratchAreReusedForTheSameShopperAndPartsOnly() {
        ModelParts parts = parts(true);
        ModelParts other = parts(true);
        ItemToItem reference = ItemToItem.ease(undecayed, 5, 20);
        Scratch scratch = new Scratch(catalog.size(), parts.content().newQuery().length, catalog.styleCount());
        double[] out = new double[catalog.size()];
        double[] three = new double[catalog.size()];
        double[] nine = new double[catalog.size()];
        reference.score(3, three);
        reference.score(9, nine);

        assertTrue(parts.score(Component.ITEM_ITEM, 3, null, null, scratch, out, everyShoe()));
        assertArrayEquals(three, out, 1e-9);
        scratch.itemItemScores[0] = 12345; // a marker: a second request of the same shopper reads what is there
        assertTrue(parts.score(Component.ITEM_ITEM, 3, null, null, scratch, out, everyShoe()));
        assertEquals(12345, out[0]);
        assertTrue(parts.score(Component.ITEM_ITEM, 9, null, null, scratch, out, everyShoe()));
        assertArrayEquals(nine, out, 1e-9, "another shopper is scored afresh");
        scratch.itemItemScores[0] = 12345;
        assertTrue(other.score(Component.ITEM_ITEM, 9, null, null, scratch, out, everyShoe()));
        assertArrayEquals(nine, out, 1e-9, "other parts score afresh");
        scratch.itemItemScores[0] = 12345;
        assertTrue(parts.score(Component.ITEM_ITEM, 9, null, null, scratch, out, everyShoe()));
        assertArrayEquals(nine, out, 1e-9, "after other parts, the same parts score afresh too");
    }

    /** Candidates of every shoe, so each component writes its whole score array. */
    private Candidates everyShoe() {
        return Candidates.excluding(catalog, new boolean[catalog.size()], new int[catalog.size()]);
    }

    private ModelParts roundTrip(ModelParts parts) throws Exception {
        var bytes = new ByteArrayOutputStream();
        parts.writeTo(new DataOutputStream(bytes));
        return ModelParts.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), decayed);
    }
}
