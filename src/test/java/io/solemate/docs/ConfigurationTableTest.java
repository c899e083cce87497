package io.solemate.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.testsupport.ConfigKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each default is written once, in its {@code @ConfigMapping}: the README's configuration table lists every
 * {@code solemate.*} setting with that same default, and application.properties does not restate one.
 */
class ConfigurationTableTest {

    /** A table row that documents one setting: {@code | `solemate.x.y` (`ENV`) | default | meaning |}. */
    private static final Pattern ROW = Pattern.compile("^\\| `(solemate\\.[a-z0-9.-]+)`[^|]*\\| ([^|]*) \\|",
            Pattern.MULTILINE);

    /** {@code ${SOME_VARIABLE:}}: the setting read from another variable name, with no default of its own. */
    private static final Pattern ENVIRONMENT_ALIAS = Pattern.compile("\\$\\{[A-Z0-9_]+:}");

    @Test
    void readmeTableListsEverySettingWithTheMappingsDefault() throws IOException {
        Map<String, Optional<String>> declared = ConfigKeys.all();
        assertFalse(declared.isEmpty(), "no @ConfigMapping found in target/classes");
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("README.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2).strip());
        }
        for (var setting : declared.entrySet()) {
            String cell = documented.get(setting.getKey());
            assertTrue(cell != null, "README's configuration table does not list " + setting.getKey());
            setting.getValue().ifPresent(fallback -> assertTrue(cell.startsWith("`" + fallback + "`"),
                    setting.getKey() + ": README says " + cell + ", the mapping's default is " + fallback));
        }
        documented.keySet().removeAll(declared.keySet());
        assertEquals(Map.of(), documented, "README documents settings no mapping declares");
    }

    @Test
    void applicationPropertiesDoesNotRestateAMappingsDefault() throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        for (String key : ConfigKeys.all().keySet()) {
            String value = properties.getProperty(key);
            // Naming a shorter environment variable for a setting (SOLEMATE_API_KEYS) writes no default.
            assertTrue(value == null || ENVIRONMENT_ALIAS.matcher(value).matches(),
                    key + " = " + value + " in application.properties: its default belongs to the @ConfigMapping");
        }
    }
}
