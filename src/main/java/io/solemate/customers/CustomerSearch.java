package io.solemate.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a customer search text asks for: a customer number ({@code 52} or {@code #52}), the start of an email address
 * (any text; only that when it holds an {@code @}), and the starts of words of the name, all of which must match
 * ({@code lars}, {@code ivan lar}). Pure text handling, no SQL: {@code customers.stores.CustomerRepository} turns it
 * into the query its indexes serve (migration V9).
 *
 * @param number the customer number the text names, or null
 * @param emailPrefix the lower-cased text with LIKE's wildcards escaped, followed by {@code %}
 * @param nameWords a {@code to_tsquery('simple', ...)} of every word as a prefix ({@code 'ivan':* & 'lar':*}), or
 *        null when the text has no word or is an email address
 */
public record CustomerSearch(Long number, String emailPrefix, String nameWords) {

    /** More words than any name has; a longer text still searches its first words. */
    static final int MAX_WORDS = 6;

    private static final Pattern NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");
    /** Letters and digits only: nothing that {@code to_tsquery} would read as an operator or a quote. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The search for a non-blank text. */
    public static CustomerSearch of(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        Matcher number = NUMBER.matcher(lower);
        Long id = number.matches() ? Long.valueOf(number.group(1)) : null;
        String emailPrefix = lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        if (lower.contains("@")) {
            return new CustomerSearch(id, emailPrefix, null);
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(lower);
        while (word.find() && words.size() < MAX_WORDS) {
            words.add("'" + word.group() + "':*");
        }
        return new CustomerSearch(id, emailPrefix, words.isEmpty() ? null : String.join(" & ", words));
    }
}
