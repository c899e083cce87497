package io.solemate.samplestore;

import io.solemate.samplestore.SampleStore.Interaction;
import io.solemate.samplestore.SampleStore.Purchase;
import io.solemate.samplestore.SampleStore.Shoe;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a generated store in the offline evaluation's format, so recommenders can be scored on it:
 * <ul>
 * <li>{@code shoes.csv}: {@code id,name,brand,category,gender,material,color,price}</li>
 * <li>{@code events.csv}: {@code user_id,shoe_id,kind,value,epoch_second}; value is empty except for ratings</li>
 * </ul>
 * Both have a header line and RFC 4180 quoting. Command line: {@code ExportSampleStore <TEST|DEMO|BENCHMARK> <folder>
 * [seed]}, with the reference time fixed at {@link #REFERENCE_TIME} so exports are reproducible.
 */
public final class ExportSampleStore {

    /** Reference instant of command-line stores: history ends here. */
    public static final Instant REFERENCE_TIME = Instant.parse("2026-11-26T00:00:00Z");
    /** Seed of command-line stores; the same default as {@code solemate.sample-store.seed}. */
    public static final long DEFAULT_SEED = 20261126L;

    private ExportSampleStore() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExportSampleStore <TEST|DEMO|BENCHMARK> <output-folder> [seed]");
            System.exit(2);
        }
        SampleStoreGenerator.Scale scale = SampleStoreGenerator.Scale.valueOf(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        Path folder = Path.of(args[1]);
        exportForEvaluation(new SampleStoreGenerator(seed, REFERENCE_TIME).generate(scale), folder);
        System.out.println("Wrote " + folder.resolve("shoes.csv") + " and " + folder.resolve("events.csv"));
    }

    /** Writes {@code shoes.csv} and {@code events.csv} into the folder (created if missing), replacing them. */
    public static void exportForEvaluation(SampleStore store, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<Long, String> brandNames = new HashMap<>();
        store.brands().forEach(brand -> brandNames.put(brand.id(), brand.name()));
        try (Writer out = Files.newBufferedWriter(folder.resolve("shoes.csv"), StandardCharsets.UTF_8)) {
            out.write("id,name,brand,category,gender,material,color,price\n");
            for (Shoe shoe : store.shoes()) {
                out.write(shoe.id() + "," + csvField(shoe.name()) + "," + csvField(brandNames.get(shoe.brandId()))
                        + "," + shoe.category().dbValue() + "," + shoe.gender().dbValue() + ","
                        + shoe.material().dbValue() + "," + csvField(shoe.color()) + ","
                        + shoe.priceCents() / 100 + "." + String.format("%02d", shoe.priceCents() % 100) + "\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("events.csv"), StandardCharsets.UTF_8)) {
            out.write("user_id,shoe_id,kind,value,epoch_second\n");
            store.replayActivity(new SampleStore.ActivitySink<IOException>() {
                @Override
                public void interaction(Interaction event) throws IOException {
                    out.write(event.userId() + "," + event.shoeId() + "," + event.kind().dbValue() + ","
                            + (event.value() == null ? "" : Integer.toString(Math.round(event.value()))) + ","
                            + event.occurredAtEpochSecond() + "\n");
                }

                @Override
                public void purchase(Purchase purchase) {
                    // Purchases are already in the log as purchase events.
                }
            });
        }
    }

    /** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
