package io.solemate.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A closed vocabulary of the store (category, material, gender, event kind, weather condition): an enum whose
 * constants are stored, and spelled in the API, as their lower-case names, as the schema's CHECK lists have them.
 */
public interface Vocabulary {

    String name();

    /** The spelling in the database and the API: the lower-case name. */
    default String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant spelled {@code value} (case and surrounding blanks ignored), if any. */
    static <E extends Enum<E> & Vocabulary> Optional<E> find(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.dbValue().equalsIgnoreCase(wanted)).findFirst();
    }

    /** As {@link #find}, failing for a spelling outside the vocabulary. */
    static <E extends Enum<E> & Vocabulary> E parse(Class<E> type, String value) {
        return find(type, value).orElseThrow(() -> new IllegalArgumentException(
                "'" + value + "' is not one of " + spellings(type)));
    }

    /** Every spelling, in declaration order, separated by {@code |}: "men|women|unisex|kids". */
    static <E extends Enum<E> & Vocabulary> String spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::dbValue).collect(Collectors.joining("|"));
    }
}
