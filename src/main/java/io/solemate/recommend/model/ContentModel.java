package io.solemate.recommend.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TF-IDF item vectors (L2-normalized, sparse) with an inverted index, so cosine scores against any query vector
 * touch only the postings of the query's terms. Documents are weighted fields: a field of weight w counts its
 * terms w times, which is how category and material outweigh free-text description.
 */
public final class ContentModel {

    /** One field of an item's text and how many times its terms count. */
    public record Field(String text, int weight) {
    }

    private static final double MAX_DOCUMENT_SHARE = 0.5;
    private static final int MIN_DOCUMENTS_FOR_PRUNING = 10;
    /** Stated profiles repeat (few category, material and brand combinations); their analysis is mostly regexes. */
    private static final int MAX_CACHED_TEXTS = 4096;

    private final String[] vocabulary;
    private final float[] idf;
    private final int[] itemPtr;
    private final int[] itemTerm;
    private final float[] itemWeight;
    private final int[] termPtr;
    private final int[] termItem;
    private final float[] termWeight;
    private final Map<String, Integer> termIndex;
    private final Map<List<Field>, TextVector> textVectors = new ConcurrentHashMap<>();

    private ContentModel(String[] vocabulary, float[] idf, int[] itemPtr, int[] itemTerm, float[] itemWeight) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.itemPtr = itemPtr;
        this.itemTerm = itemTerm;
        this.itemWeight = itemWeight;
        int terms = vocabulary.length;
        termPtr = new int[terms + 1];
        for (int t : itemTerm) {
            termPtr[t + 1]++;
        }
        for (int t = 0; t < terms; t++) {
            termPtr[t + 1] += termPtr[t];
        }
        termItem = new int[itemTerm.length];
        termWeight = new float[itemTerm.length];
        int[] next = Arrays.copyOf(termPtr, terms);
        for (int i = 0; i + 1 < itemPtr.length; i++) {
            for (int k = itemPtr[i]; k < itemPtr[i + 1]; k++) {
                int pos = next[itemTerm[k]]++;
                termItem[pos] = i;
                termWeight[pos] = itemWeight[k];
            }
        }
        termIndex = new HashMap<>(terms * 2);
        for (int t = 0; t < terms; t++) {
            termIndex.put(vocabulary[t], t);
        }
    }

    public static ContentModel fit(List<List<Field>> documents) {
        TextAnalyzer analyzer = new TextAnalyzer();
        List<Map<String, Float>> counts = new java.util.ArrayList<>(documents.size());
        TreeMap<String, Integer> documentFrequency = new TreeMap<>();
        for (List<Field> doc : documents) {
            Map<String, Float> tf = termCounts(analyzer, doc);
            counts.add(tf);
            tf.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        // Like max_df elsewhere: a term in most of a sizeable catalogue ("shoe", the store's only brand) tells shoes
        // apart no better than a stop word, yet its postings would dominate the cost of every query.
        int n = documents.size();
        if (n >= MIN_DOCUMENTS_FOR_PRUNING) {
            documentFrequency.values().removeIf(df -> df > MAX_DOCUMENT_SHARE * n);
        }
        String[] vocabulary = documentFrequency.keySet().toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        float[] idf = new float[vocabulary.length];
        for (int t = 0; t < vocabulary.length; t++) {
            index.put(vocabulary[t], t);
            idf[t] = (float) (Math.log((1.0 + n) / (1.0 + documentFrequency.get(vocabulary[t]))) + 1.0);
        }
        int[] ptr = new int[n + 1];
        int total = counts.stream().mapToInt(Map::size).sum();
        int[] terms = new int[total];
        float[] weights = new float[total];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            int start = pos;
            for (var e : new TreeMap<>(counts.get(i)).entrySet()) {
                Integer known = index.get(e.getKey());
                if (known == null) {
                    continue;
                }
                int t = known;
                terms[pos] = t;
                weights[pos] = e.getValue() * idf[t];
                pos++;
            }
            normalize(weights, start, pos);
            ptr[i + 1] = pos;
        }
        return new ContentModel(vocabulary, idf, ptr, Arrays.copyOf(terms, pos), Arrays.copyOf(weights, pos));
    }

    private static Map<String, Float> termCounts(TextAnalyzer analyzer, List<Field> doc) {
        Map<String, Float> tf = new HashMap<>();
        for (Field field : doc) {
            for (String term : analyzer.terms(field.text())) {
                tf.merge(term, (float) field.weight(), Float::sum);
            }
        }
        return tf;
    }

    private static void normalize(float[] weights, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) {
            s += weights[k] * weights[k];
        }
        if (s > 0) {
            float inv = (float) (1.0 / Math.sqrt(s));
            for (int k = from; k < to; k++) {
                weights[k] *= inv;
            }
        }
    }

    public int items() {
        return itemPtr.length - 1;
    }

    /** A dense accumulator for query vectors over the vocabulary. */
    public float[] newQuery() {
        return new float[vocabulary.length];
    }

    /** query += weight * vector(item). */
    public void addItem(int item, float weight, float[] query) {
        for (int k = itemPtr[item]; k < itemPtr[item + 1]; k++) {
            query[itemTerm[k]] += weight * itemWeight[k];
        }
    }

    /** query += weight * TF-IDF vector (L2-normalized) of free text such as a stated profile. */
    public void addText(List<Field> fields, float weight, float[] query) {
        TextVector text = textVectors.get(fields);
        if (text == null) {
            text = textVector(fields);
            if (textVectors.size() < MAX_CACHED_TEXTS) {
                textVectors.putIfAbsent(fields, text);
            }
        }
        if (text.norm() == 0) {
            return;
        }
        float scale = (float) (weight / Math.sqrt(text.norm()));
        for (int k = 0; k < text.terms().length; k++) {
            query[text.terms()[k]] += scale * text.weights()[k];
        }
    }

    /** Un-normalized TF-IDF weights of the text's known terms and their squared norm. */
    private record TextVector(int[] terms, float[] weights, double norm) {
    }

    private TextVector textVector(List<Field> fields) {
        Map<String, Float> tf = termCounts(new TextAnalyzer(), fields);
        double norm = 0;
        float[] sparse = new float[tf.size()];
        int[] ids = new int[tf.size()];
        int n = 0;
        for (var e : tf.entrySet()) {
            Integer t = termIndex.get(e.getKey());
            if (t != null) {
                ids[n] = t;
                sparse[n] = e.getValue() * idf[t];
                norm += sparse[n] * sparse[n];
                n++;
            }
        }
        return new TextVector(Arrays.copyOf(ids, n), Arrays.copyOf(sparse, n), norm);
    }

    /** out[i] = query . vector(i) for every item, walking only the postings of the query's non-zero terms. */
    public void score(float[] query, double[] out) {
        Arrays.fill(out, 0);
        for (int t = 0; t < query.length; t++) {
            float q = query[t];
            if (q != 0) {
                for (int k = termPtr[t]; k < termPtr[t + 1]; k++) {
                    out[termItem[k]] += q * termWeight[k];
                }
            }
        }
    }

    /**
     * out[i] = query . vector(i) for the items {@code items[0..n)} only, each from its own terms: the cheaper way when
     * the items are few next to the postings of the query's terms. The same products summed in the same (ascending
     * term) order as {@link #score(float[], double[])}, so the same doubles.
     */
    public void score(float[] query, int[] items, int n, double[] out) {
        for (int c = 0; c < n; c++) {
            int item = items[c];
            double s = 0;
            for (int k = itemPtr[item]; k < itemPtr[item + 1]; k++) {
                s += query[itemTerm[k]] * itemWeight[k];
            }
            out[item] = s;
        }
    }

    /** Stored term entries over all items: what scoring every item from its own terms reads. */
    public int termEntries() {
        return itemTerm.length;
    }

    /** Postings a query of these terms walks in {@link #score(float[], double[])}. */
    public long postings(float[] query) {
        long total = 0;
        for (int t = 0; t < query.length; t++) {
            if (query[t] != 0) {
                total += termPtr[t + 1] - termPtr[t];
            }
        }
        return total;
    }

    /** Cosine similarity of two items. */
    public double cosine(int a, int b) {
        int i = itemPtr[a];
        int j = itemPtr[b];
        double s = 0;
        while (i < itemPtr[a + 1] && j < itemPtr[b + 1]) {
            if (itemTerm[i] == itemTerm[j]) {
                s += itemWeight[i++] * itemWeight[j++];
            } else if (itemTerm[i] < itemTerm[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** A user's content scores: the weighted sum of their history's vectors as the query. */
    public ItemScorer forHistory(InteractionMatrix history) {
        return (user, out) -> {
            float[] query = newQuery();
            for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
                addItem(history.colIndex(k), history.value(k), query);
            }
            score(query, out);
        };
    }

    /** Writes the vocabulary and item vectors; the inverted index is rebuilt on reading. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(vocabulary.length);
        for (String term : vocabulary) {
            out.writeUTF(term);
        }
        Binary.writeFloats(out, idf);
        Binary.writeInts(out, itemPtr);
        Binary.writeInts(out, itemTerm);
        Binary.writeFloats(out, itemWeight);
    }

    public static ContentModel readFrom(DataInput in) throws IOException {
        String[] vocabulary = new String[in.readInt()];
        for (int t = 0; t < vocabulary.length; t++) {
            vocabulary[t] = in.readUTF();
        }
        return new ContentModel(vocabulary, Binary.readFloats(in), Binary.readInts(in), Binary.readInts(in),
                Binary.readFloats(in));
    }

    public long memoryBytes() {
        long strings = 0;
        for (String s : vocabulary) {
            strings += 48 + 2L * s.length();
        }
        return strings + 4L * idf.length + 4L * (itemPtr.length + termPtr.length) + 16L * itemTerm.length
                + 64L * vocabulary.length;
    }
}
