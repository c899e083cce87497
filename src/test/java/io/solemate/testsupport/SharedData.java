package io.solemate.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared datasets, never committed: under the system property {@code solemate.data.dir} (the pom's default,
 * next to the checkout) or the environment variable {@code SOLEMATE_DATA_DIR} (worktrees elsewhere, CI).
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file or folder at {@code relative} under the first root that has it. */
    public static Optional<Path> find(String relative) {
        for (String root : new String[] {System.getProperty("solemate.data.dir"), System.getenv("SOLEMATE_DATA_DIR")}) {
            if (root != null && Files.isReadable(Path.of(root, relative))) {
                return Optional.of(Path.of(root, relative));
            }
        }
        return Optional.empty();
    }

    /** The Adidas/Nike product scrape the sample store can import. */
    public static Optional<Path> adidasNikeCatalog() {
        return find("shoes-adidas-vs-nike/adidas_vs_nike.csv");
    }
}
