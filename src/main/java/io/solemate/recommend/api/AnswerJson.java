package io.solemate.recommend.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.RankedPicks;
import io.solemate.recommend.serving.Reason;
import io.solemate.recommend.serving.RecommendationAnswer;
import io.solemate.recommend.serving.SimilarAnswer;
import io.solemate.web.EncodedJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The JSON of recommendations and similar shoes, assembled from parts Jackson encoded once per served model: each
 * shoe's facts (the members an item opens with), each distinct reason, and the member names. Per answer only the
 * numbers are written. Why: writing the same strings again with a generator, character by character, was a quarter
 * of a recommendation request's CPU at the benchmark scale (async-profiler); copying them is a small fraction.
 * Shaped as the views declare (the OpenAPI schema), in record order: {@code AnswerJsonTest} holds the bytes to what
 * Jackson writes of the views. Each thread writes into a buffer of its own, reused, and each answer takes one exact
 * copy: a fresh 8 KB buffer per answer and its copy were a third of a recommendation request's allocation.
 */
@ApplicationScoped
public class AnswerJson {

    private static final JsonFactory JSON = new JsonFactory();
    /** Twenty picks take 3-9 KB. */
    private static final int ANSWER_BYTES = 8192;
    private static final ThreadLocal<Out> OUT = ThreadLocal.withInitial(() -> new Out(ANSWER_BYTES));
    /**
     * Distinct reasons kept encoded per model (~250 bytes each, with the map entry): a reason names its kind, its
     * anchor shoe and event or the shopper's size or taste, so one model's are bounded by its catalogue, but not small.
     * Past this many, a reason is encoded for its answer only.
     */
    private static final int REASONS_KEPT = 100_000;

    private static final byte[] USER_ID = ascii("{\"userId\":");
    private static final byte[] MODEL_VERSION = ascii(",\"modelVersion\":");
    private static final byte[] COLD_START = ascii(",\"coldStart\":");
    private static final byte[] ITEMS = ascii(",\"items\":[");
    private static final byte[] SCORE = ascii(",\"score\":");
    private static final byte[] COLLABORATIVE = ascii(",\"components\":{\"collaborative\":");
    private static final byte[] CONTENT = ascii(",\"content\":");
    private static final byte[] POPULARITY = ascii(",\"popularity\":");
    private static final byte[] REASON = ascii("},\"reason\":");
    private static final byte[] SHOE_ID = ascii("{\"shoeId\":");
    private static final byte[] SIMILARITY = ascii(",\"similarity\":");
    private static final byte[] END = ascii("]}");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");

    /**
     * One served model's parts, each encoded on first use: its catalogue's shoe facts by catalogue index, and the
     * reasons its answers gave. A plain map, not a bounded cache: a cache's bookkeeping on twenty reads per answer cost
     * more than encoding the reasons again.
     */
    private record EncodedParts(long modelVersion, Catalog catalog, AtomicReferenceArray<byte[]> facts,
                                Map<Reason, byte[]> reasons) {

        EncodedParts(long modelVersion, Catalog catalog) {
            this(modelVersion, catalog, new AtomicReferenceArray<>(catalog.size()), new ConcurrentHashMap<>());
        }
    }

    /** The newest served model's parts; a request still answering from an older model encodes its own. */
    private volatile EncodedParts parts;

    /** The JSON of a {@link RecommendationView}: the answer's fields, then each pick's facts, score, shares, reason. */
    public EncodedJson encode(RecommendationAnswer answer) {
        RankedPicks picks = answer.picks();
        EncodedParts encoded = parts(answer.modelVersion(), picks.catalog());
        Out out = open(USER_ID, answer.userId(), answer.modelVersion());
        out.write(COLD_START);
        out.write(answer.coldStart() ? TRUE : FALSE);
        out.write(ITEMS);
        for (int p = 0; p < picks.size(); p++) {
            openItem(out, p, facts(encoded, picks.shoeIndex(p)));
            out.write(SCORE);
            out.writeDecimal(picks.score(p));
            out.write(COLLABORATIVE);
            out.writeDecimal(picks.collaborative(p));
            out.write(CONTENT);
            out.writeDecimal(picks.content(p));
            out.write(POPULARITY);
            out.writeDecimal(picks.popularity(p));
            out.write(REASON);
            out.write(reason(encoded, picks.reason(p)));
            out.write((byte) '}');
        }
        return close(out);
    }

    /** The JSON of a {@link SimilarView}: the answer's fields, then each shoe's facts and similarity. */
    public EncodedJson encode(SimilarAnswer answer) {
        EncodedParts encoded = parts(answer.modelVersion(), answer.catalog());
        Out out = open(SHOE_ID, answer.shoeId(), answer.modelVersion());
        out.write(ITEMS);
        for (int i = 0; i < answer.shoes().size(); i++) {
            openItem(out, i, facts(encoded, answer.shoeIndex(i)));
            out.write(SIMILARITY);
            out.writeDecimal((float) answer.shoes().get(i).score());
            out.write((byte) '}');
        }
        return close(out);
    }

    /** An answer's object opened with its id member and the model version. */
    private static Out open(byte[] idMember, long id, long modelVersion) {
        Out out = OUT.get();
        out.reset();
        out.write(idMember);
        out.writeLong(id);
        out.write(MODEL_VERSION);
        out.writeLong(modelVersion);
        return out;
    }

    /** Item {@code n} of the list opened with its shoe's facts, after a comma unless it is the first. */
    private static void openItem(Out out, int n, byte[] facts) {
        if (n > 0) {
            out.write((byte) ',');
        }
        out.write(facts);
    }

    /** The list and the answer closed: the bytes to send. */
    private static EncodedJson close(Out out) {
        out.write(END);
        return new EncodedJson(out.toByteArray());
    }

    /** The parts of the model answered from: kept while it is the newest, else encoded for this answer alone. */
    private EncodedParts parts(long modelVersion, Catalog catalog) {
        EncodedParts current = parts;
        if (current != null && current.catalog() == catalog) {
            return current;
        }
        EncodedParts fresh = new EncodedParts(modelVersion, catalog);
        if (current == null || current.modelVersion() <= modelVersion) {
            parts = fresh;
        }
        return fresh;
    }

    private static byte[] facts(EncodedParts parts, int index) {
        byte[] encoded = parts.facts().get(index);
        if (encoded == null) {
            // Two requests may both encode a shoe first: the same bytes, so either may stay.
            encoded = encodeFacts(parts.catalog().shoe(index));
            parts.facts().set(index, encoded);
        }
        return encoded;
    }

    private static byte[] reason(EncodedParts parts, Reason reason) {
        byte[] encoded = parts.reasons().get(reason);
        if (encoded == null) {
            encoded = encodeReason(reason);
            if (parts.reasons().size() < REASONS_KEPT) {
                parts.reasons().put(reason, encoded);
            }
        }
        return encoded;
    }

    /** An item's object opened with the shoe's facts, left open for the item's own members. */
    private static byte[] encodeFacts(ShoeInfo shoe) {
        byte[] item = generate(generator -> {
            generator.writeStartObject();
            generator.writeNumberField("shoeId", shoe.id());
            generator.writeStringField("name", shoe.name());
            generator.writeStringField("brand", shoe.brand());
            generator.writeStringField("category", shoe.category());
            generator.writeStringField("material", shoe.material());
            generator.writeNumberField("price", shoe.price());
            generator.writeBooleanField("inStock", shoe.inStock());
            generator.writeEndObject();
        });
        return Arrays.copyOf(item, item.length - 1);
    }

    private static byte[] encodeReason(Reason reason) {
        RecommendationView.Reason view = RecommendationView.Reason.of(reason);
        return generate(generator -> {
            generator.writeStartObject();
            generator.writeStringField("kind", view.kind());
            generator.writeStringField("text", view.text());
            generator.writeFieldName("anchorShoeId");
            if (view.anchorShoeId() == null) {
                generator.writeNull();
            } else {
                generator.writeNumber(view.anchorShoeId());
            }
            generator.writeStringField("anchorEvent", view.anchorEvent());
            generator.writeEndObject();
        });
    }

    /**
     * A growing byte array that one thread writes an answer into at a time; cleared, not freed, between answers. Not a
     * reused {@link ByteArrayBuilder}: past its first block it adds blocks of half what it holds, and its reset keeps
     * only the last one, so every answer past 8 KB would allocate again.
     */
    private static final class Out {

        /** The longest long ({@code -9223372036854775808}). */
        private static final int LONG_DIGITS = 20;

        private byte[] bytes;
        private int length;

        Out(int capacity) {
            bytes = new byte[capacity];
        }

        void reset() {
            length = 0;
        }

        void write(byte b) {
            room(1);
            bytes[length++] = b;
        }

        void write(byte[] part) {
            room(part.length);
            System.arraycopy(part, 0, bytes, length, part.length);
            length += part.length;
        }

        void writeLong(long value) {
            room(LONG_DIGITS);
            length = NumberOutput.outputLong(value, bytes, length);
        }

        /** A score, share or similarity, as the views hold it ({@link Decimals}). */
        void writeDecimal(float value) {
            room(Decimals.MAX_BYTES);
            length = Decimals.write(value, bytes, length);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @FunctionalInterface
    private interface Generation {
        void write(JsonGenerator generator) throws IOException;
    }

    private static byte[] generate(Generation generation) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generation.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayBuilder does not fail
        }
        return out.toByteArray();
    }
}
