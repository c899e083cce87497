package io.solemate.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.ShoeInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both dataset layouts read from tiny folders written here, so no real dataset is needed. */
class EvaluationDatasetTest {

    /** Genre flags in MovieLens order: unknown, action, adventure, animation, children, comedy, ... (19). */
    private static String flags(int... set) {
        int[] f = new int[19];
        for (int g : set) {
            f[g] = 1;
        }
        StringBuilder sb = new StringBuilder();
        for (int v : f) {
            sb.append('|').append(v);
        }
        return sb.toString();
    }

    @Test
    void readsMovieLensTitlesGenresAndRatingsOfFourOrMoreAsPositives(@TempDir Path folder) throws IOException {
        Path ml = Files.createDirectory(folder.resolve("ml-tiny"));
        Files.writeString(ml.resolve("u.item"), "1|Toy Story (1995)|01-Jan-1995||http://x" + flags(3, 4, 5) + "\n"
                + "\n"
                + "2|Café Noir (1998) |01-Jan-1998||http://y" + flags(10, 18) + "\n", StandardCharsets.ISO_8859_1);
        Files.writeString(ml.resolve("u.data"), "7\t1\t4\t881250949\n\n7\t2\t3\t881250950\n8\t1\t5\t881250951\n");
        EvaluationDataset data = EvaluationDataset.load(ml);
        assertEquals("ml-tiny", data.name());
        assertEquals(2, data.items().length);
        ShoeInfo toyStory = data.items()[0];
        assertEquals(1, toyStory.id());
        assertEquals("Toy Story", toyStory.name());
        assertEquals("animation children comedy", toyStory.category());
        assertEquals("Café Noir", data.items()[1].name());
        assertEquals("film noir western", data.items()[1].category());
        assertTrue(toyStory.active() && toyStory.inStock());
        assertEquals(3, data.events().size());
        assertEquals(8, data.events().userId(2));
        assertEquals(1, data.events().shoeId(2));
        assertEquals(EventKind.RATING, data.events().kind(2));
        assertEquals(5f, data.events().value(2));
        assertEquals(881250951L, data.events().epochSecond(2));
        assertTrue(data.positive().test(0), "a 4 is a positive");
        assertFalse(data.positive().test(1), "a 3 is not");
        assertEquals("ratings >= 4", data.positivesDescription());
    }

    @Test
    void readsAStoreExportWithPurchasesAndLikesAsPositives(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("shoes.csv"), "id,name,brand,category,gender,material,color,price\n"
                + "5,\"Trail Runner, \"\"X\"\"\",Peak,running,men,mesh,blue,89.5\n"
                + "\n"
                + "6,City Boot,Stride,boots,women,leather,brown,120\n");
        Files.writeString(folder.resolve("events.csv"), "user_id,shoe_id,kind,value,epoch_second\n"
                + "1,5,purchase,,100\n"
                + "\n"
                + "1,6,view,,101\n"
                + "2,6,like,,102\n"
                + "2,5,rating,4,103\n"
                + "3,5,cart,,104\n");
        EvaluationDataset data = EvaluationDataset.load(folder);
        assertEquals(2, data.items().length);
        ShoeInfo runner = data.items()[0];
        assertEquals(5, runner.id());
        assertEquals("Trail Runner, \"X\"", runner.name());
        assertEquals("Peak", runner.brand());
        assertEquals("running", runner.category());
        assertEquals("men", runner.gender());
        assertEquals("mesh", runner.material());
        assertEquals("blue", runner.color());
        assertEquals(89.5, runner.price());
        assertEquals(120, data.items()[1].price());
        assertEquals(5, data.events().size());
        assertTrue(Float.isNaN(data.events().value(0)));
        assertEquals(4f, data.events().value(3));
        assertEquals(EventKind.RATING, data.events().kind(3));
        assertEquals(104L, data.events().epochSecond(4));
        boolean[] positive = new boolean[5];
        for (int e = 0; e < 5; e++) {
            positive[e] = data.positive().test(e);
        }
        assertEquals("[true, false, true, false, false]", java.util.Arrays.toString(positive));
        assertEquals("purchases and likes", data.positivesDescription());
        assertNull(runner.description());
    }

    @Test
    void aFolderOfNeitherLayoutIsRefused(@TempDir Path folder) throws IOException {
        assertThrows(IOException.class, () -> EvaluationDataset.load(folder));
        Files.writeString(folder.resolve("events.csv"), "user_id,shoe_id,kind,value,epoch_second\n");
        assertThrows(IOException.class, () -> EvaluationDataset.load(folder), "events without shoes");
    }

    /** A u.item line may stop short of its 19 genre flags; the flags it has still count. */
    @Test
    void readsTheGenreFlagsOfAShortMovieLensLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("u.item"), "3|Heat (1995)|01-Jan-1995||http://z|0|1\n",
                StandardCharsets.ISO_8859_1);
        Files.writeString(folder.resolve("u.data"), "7\t3\t5\t881250949\n");
        assertEquals("action", EvaluationDataset.load(folder).items()[0].category());
        // Flags past the nineteenth name no genre.
        Files.writeString(folder.resolve("u.item"), "3|Heat (1995)|01-Jan-1995||http://z" + flags(1) + "|1\n",
                StandardCharsets.ISO_8859_1);
        assertEquals("action", EvaluationDataset.load(folder).items()[0].category());
    }

    @Test
    void aQuotedFieldMayEndTheLine() {
        assertEquals(List.of("7", "Boot, \"B\""), EvaluationDataset.Csv.split("7,\"Boot, \"\"B\"\"\""));
    }
}
