package io.solemate.samplestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSampleStoreTest {

    @Test
    void writesShoesAndEventsForTheOfflineEvaluation(@TempDir Path folder) throws IOException {
        SampleStore store = new SampleStoreGenerator(5, ExportSampleStore.REFERENCE_TIME).generate(
                SampleStoreGenerator.Scale.TEST);
        ExportSampleStore.exportForEvaluation(store, folder.resolve("eval"));

        List<List<String>> shoes = read(folder.resolve("eval/shoes.csv"));
        assertEquals(List.of("id", "name", "brand", "category", "gender", "material", "color", "price"),
                shoes.get(0));
        assertEquals(store.shoes().size() + 1, shoes.size());
        SampleStore.Shoe first = store.shoes().get(0);
        List<String> firstRow = shoes.get(1);
        assertEquals(Long.toString(first.id()), firstRow.get(0));
        assertEquals(first.name(), firstRow.get(1));
        assertEquals(first.material().dbValue(), firstRow.get(5));
        assertEquals(first.priceCents(), Math.round(Double.parseDouble(firstRow.get(7)) * 100));
        assertTrue(shoes.stream().skip(1).allMatch(row -> row.size() == 8));

        List<List<String>> events = read(folder.resolve("eval/events.csv"));
        assertEquals(List.of("user_id", "shoe_id", "kind", "value", "epoch_second"), events.get(0));
        long[] expected = new long[1];
        store.replayActivity(new SampleStore.ActivitySink<RuntimeException>() {
            @Override
            public void interaction(SampleStore.Interaction interaction) {
                expected[0]++;
            }

            @Override
            public void purchase(SampleStore.Purchase purchase) {
            }
        });
        assertEquals(expected[0] + 1, events.size());
        for (List<String> event : events.subList(1, events.size())) {
            boolean rating = event.get(2).equals("rating");
            assertEquals(rating, !event.get(3).isEmpty(), event.toString());
            if (rating) {
                int value = Integer.parseInt(event.get(3));
                assertTrue(value >= 1 && value <= 5);
            }
        }
    }

    @Test
    void quotesFieldsThatNeedIt() {
        assertEquals("plain", ExportSampleStore.csvField("plain"));
        assertEquals("\"a, b\"", ExportSampleStore.csvField("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", ExportSampleStore.csvField("say \"hi\""));
    }

    private static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            CsvReader csv = new CsvReader(reader);
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
