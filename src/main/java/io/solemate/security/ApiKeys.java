package io.solemate.security;

import io.solemate.common.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured keys and their scopes, parsed from entries {@code <key>:<scope>[+<scope>...]}, e.g.
 * {@code shopfront-7f3a9c:ingest+read}. An entry without scopes, with an unknown scope, or whose key is a template's
 * placeholder ({@code REPLACE_ME}, {@code <key1>}, "changeme", ...) is refused: the service does not start with it.
 */
public final class ApiKeys {

    /** Text a template or an example puts where a real key belongs. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i).*(replace[_-]?me|change[_-]?me|placeholder|your[_-]?key|[<>{}]|^key\\d*$|^x+$).*");

    private record Key(byte[] value, Set<Scope> scopes) {
    }

    private final List<Key> keys;

    private ApiKeys(List<Key> keys) {
        this.keys = keys;
    }

    /** Parses the configured entries; blank entries are skipped, malformed ones throw with the reason. */
    public static ApiKeys parse(List<String> entries) {
        List<Key> keys = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("API key entry number " + (keys.size() + 1)
                        + " names no scopes: write it as <key>:<scope>[+<scope>...] with scopes "
                        + Vocabulary.spellings(Scope.class).replace('|', ','));
            }
            String key = entry.substring(0, colon).strip();
            if (PLACEHOLDER.matcher(key).matches()) {
                throw new IllegalArgumentException("API key entry number " + (keys.size() + 1)
                        + " is a placeholder, not a key: put the real key in the Secret");
            }
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            for (String scope : entry.substring(colon + 1).split("\\+")) {
                scopes.add(Vocabulary.find(Scope.class, scope.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                        new IllegalArgumentException("API key entry number " + (keys.size() + 1)
                                + " names an unknown scope '" + scope.strip() + "'; scopes are "
                                + Vocabulary.spellings(Scope.class).replace('|', ','))));
            }
            keys.add(new Key(key.getBytes(StandardCharsets.UTF_8), scopes));
        }
        return new ApiKeys(List.copyOf(keys));
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** True when the presented key is configured with the scope; compared in constant time against every key. */
    public boolean grants(String presented, Scope scope) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean granted = false;
        for (Key key : keys) {
            granted |= MessageDigest.isEqual(key.value(), candidate) & key.scopes().contains(scope);
        }
        return granted;
    }
}
