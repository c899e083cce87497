package io.solemate.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine, fetched from the npm registry into {@code target/} the first time a test needs
 * it (never committed): {@code npm pack} the pinned version, then unpack {@code axe.min.js}.
 */
final class AxeCore {

    static final String VERSION = "4.14.1";
    private static final Path DIR = Path.of("target", "axe-core");
    private static final Path SCRIPT = DIR.resolve("package").resolve("axe.min.js");

    private AxeCore() {
    }

    /** The script's source, to inject into a page. */
    static synchronized String script() throws IOException, InterruptedException {
        if (!Files.exists(SCRIPT)) {
            Files.createDirectories(DIR);
            run(List.of("npm", "pack", "axe-core@" + VERSION, "--silent", "--pack-destination", DIR.toString()));
            run(List.of("tar", "-xzf", DIR.resolve("axe-core-" + VERSION + ".tgz").toString(), "-C", DIR.toString(),
                    "package/axe.min.js"));
        }
        return Files.readString(SCRIPT);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
