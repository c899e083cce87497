package io.solemate.recommend.eval;

import io.solemate.common.Vocabulary;
import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.ShoeInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A dataset for the offline evaluation: items as {@link ShoeInfo}, the event log, and which events count as
 * positives.
 *
 * <p>Two layouts are read from a folder:
 * <ul>
 *   <li><b>MovieLens 100K</b>: {@code u.data} (user, item, rating, timestamp; tab-separated) and {@code u.item}
 *   (id|title|date||url|19 genre flags, ISO-8859-1). Titles and genre names become the content text (genres in the
 *   category field, which TF-IDF weights up). Positives: ratings of 4 or more.</li>
 *   <li><b>Store export</b> (written by the sample-store generator): {@code shoes.csv} with header
 *   {@code id,name,brand,category,gender,material,color,price} and {@code events.csv} with header
 *   {@code user_id,shoe_id,kind,value,epoch_second}, where kind is the database spelling (view, like, cart,
 *   purchase, rating, return) and value is empty unless kind is rating. Comma-separated, UTF-8, fields may be
 *   double-quoted (a doubled quote escapes a quote). Positives: purchases and likes.</li>
 * </ul>
 */
record EvaluationDataset(String name, ShoeInfo[] items, EventLog events, IntPredicate positive,
                         String positivesDescription) {

    private static final String[] MOVIELENS_GENRES = {"unknown", "action", "adventure", "animation", "children",
        "comedy", "crime", "documentary", "drama", "fantasy", "film noir", "horror", "musical", "mystery", "romance",
        "sci fi", "thriller", "war", "western"};

    static EvaluationDataset load(Path folder) throws IOException {
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        if (Files.exists(folder.resolve("u.data"))) {
            return movieLens(name, folder);
        }
        if (Files.exists(folder.resolve("events.csv")) && Files.exists(folder.resolve("shoes.csv"))) {
            return storeExport(name, folder);
        }
        throw new IOException(folder + " holds neither u.data (MovieLens) nor shoes.csv + events.csv (store export)");
    }

    private static EvaluationDataset movieLens(String name, Path folder) throws IOException {
        List<ShoeInfo> items = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("u.item"), StandardCharsets.ISO_8859_1)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            StringBuilder genres = new StringBuilder();
            for (int g = 0; g < MOVIELENS_GENRES.length && 5 + g < f.length; g++) {
                if ("1".equals(f[5 + g])) {
                    genres.append(MOVIELENS_GENRES[g]).append(' ');
                }
            }
            String title = f[1].replaceAll("\\(\\d{4}\\)\\s*$", "").trim();
            items.add(new ShoeInfo(Long.parseLong(f[0]), title, null, genres.toString().trim(), null, null, null,
                    null, 0, true, true, null));
        }
        EventLog events = new EventLog(100_000);
        try (BufferedReader in = Files.newBufferedReader(folder.resolve("u.data"), StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                events.add(Long.parseLong(f[0]), Long.parseLong(f[1]), EventKind.RATING, Float.parseFloat(f[2]),
                        Long.parseLong(f[3]));
            }
        }
        return new EvaluationDataset(name, items.toArray(ShoeInfo[]::new), events,
                e -> events.value(e) >= 4f, "ratings >= 4");
    }

    private static EvaluationDataset storeExport(String name, Path folder) throws IOException {
        List<ShoeInfo> items = new ArrayList<>();
        List<String> shoeLines = Files.readAllLines(folder.resolve("shoes.csv"), StandardCharsets.UTF_8);
        for (String line : shoeLines.subList(1, shoeLines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = Csv.split(line);
            items.add(new ShoeInfo(Long.parseLong(f.get(0)), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5),
                    f.get(6), null, Double.parseDouble(f.get(7)), true, true, null));
        }
        EventLog events = new EventLog(1 << 16);
        try (BufferedReader in = Files.newBufferedReader(folder.resolve("events.csv"), StandardCharsets.UTF_8)) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = Csv.split(line);
                String value = f.get(3);
                events.add(Long.parseLong(f.get(0)), Long.parseLong(f.get(1)), Vocabulary.parse(EventKind.class, f.get(2)),
                        value.isEmpty() ? Float.NaN : Float.parseFloat(value), Long.parseLong(f.get(4)));
            }
        }
        return new EvaluationDataset(name, items.toArray(ShoeInfo[]::new), events,
                e -> events.kind(e) == EventKind.PURCHASE || events.kind(e) == EventKind.LIKE, "purchases and likes");
    }

    /** Minimal RFC 4180 line splitting: commas separate, double quotes group, "" is a literal quote. */
    static final class Csv {
        private Csv() {
        }

        static List<String> split(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
