package io.solemate.recommend.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import smile.nlp.dictionary.EnglishStopWords;
import smile.nlp.stemmer.PorterStemmer;
import smile.nlp.tokenizer.SimpleTokenizer;

/**
 * Turns catalogue text into index terms: punctuation stripped first (so "trail-running" and "runner's" split
 * cleanly), then Smile's tokenizer, English stop words dropped, Porter stems. Not thread-safe (the stemmer keeps
 * state); use one per thread.
 */
final class TextAnalyzer {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private final SimpleTokenizer tokenizer = new SimpleTokenizer();
    private final PorterStemmer stemmer = new PorterStemmer();

    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String cleaned = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        if (cleaned.isEmpty()) {
            return terms;
        }
        for (String token : tokenizer.split(cleaned)) {
            if (token.length() < 2 || EnglishStopWords.DEFAULT.contains(token)) {
                continue;
            }
            terms.add(stemmer.stem(token));
        }
        return terms;
    }
}
