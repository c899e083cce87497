package io.solemate.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A style (model) groups the colourway listings of one shoe: the same brand and name, each colour its own listing
 * and sku. Recommendations show one colourway per style, and owning one colourway counts as owning the style.
 */
public final class Style {

    private Style() {
    }

    /**
     * The style key of a listing: the words of the brand, then those of the name that are not words of the brand,
     * lower-cased, every run of other characters than letters and digits a word break. So "Women's adidas Originals
     * Superstar Bold Shoes" and "Women's Originals Superstar Bold Shoes" by "Adidas Originals" are one style,
     * "adidas originals women s superstar bold shoes". Migration V10 derives it in SQL the same way.
     */
    public static String key(String brand, String name) {
        List<String> brandWords = words(brand);
        List<String> key = new ArrayList<>(brandWords);
        for (String word : words(name)) {
            if (!brandWords.contains(word)) {
                key.add(word);
            }
        }
        return String.join(" ", key);
    }

    private static List<String> words(String text) {
        String spaced = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return spaced.isEmpty() ? List.of() : List.of(spaced.split(" "));
    }
}
