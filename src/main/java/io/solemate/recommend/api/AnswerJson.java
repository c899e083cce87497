package io.solemate.recommend.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * JSON of recommendations and similar shoes, with the parts that repeat across answers written from bytes encoded once:
 * a shoe's catalogue facts and a reason. Writing strings (escaping, UTF-8) was most of the cost of an answer served
 * from memory. Each encoding is a pure function of the values it encodes and is checked against them on every use,
 * so an entry never goes stale when a fit changes a shoe; both caches are bounded, and their upkeep runs on the
 * writing thread (a hand-off to the common pool per answer cost more than the upkeep itself).
 */
final class AnswerJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final SerializedString ITEMS = new SerializedString("items");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString COMPONENTS = new SerializedString("components");
    private static final SerializedString COLLABORATIVE = new SerializedString("collaborative");
    private static final SerializedString CONTENT = new SerializedString("content");
    private static final SerializedString POPULARITY = new SerializedString("popularity");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString SIMILARITY = new SerializedString("similarity");
    /** Catalogue sizes are in the tens of thousands; a shoe's facts take about 150 bytes encoded. */
    private static final Cache<Long, Facts> FACTS = Caffeine.newBuilder().maximumSize(100_000)
            .executor(Runnable::run).build();
    /** Anchored reasons repeat per anchor shoe and event; generic ones are a handful. */
    private static final Cache<RecommendationView.Reason, SerializedString> REASONS = Caffeine.newBuilder()
            .maximumSize(200_000).executor(Runnable::run).build();

    private AnswerJson() {
    }

    /**
     * A shoe's facts as the members of its item object, followed by a comma: {@code "shoeId":1,...,"inStock":true,}.
     * Written first and raw, so the generator writes the next member without a comma of its own.
     */
    private record Facts(long shoeId, String name, String brand, String category, String material, double price,
                         boolean inStock, SerializedString members) {

        static Facts of(long shoeId, String name, String brand, String category, String material, double price,
                        boolean inStock) {
            String object = encode(generator -> {
                generator.writeStartObject();
                generator.writeNumberField("shoeId", shoeId);
                generator.writeStringField("name", name);
                generator.writeStringField("brand", brand);
                generator.writeStringField("category", category);
                generator.writeStringField("material", material);
                generator.writeNumberField("price", price);
                generator.writeBooleanField("inStock", inStock);
                generator.writeEndObject();
            });
            return new Facts(shoeId, name, brand, category, material, price, inStock,
                    new SerializedString(object.substring(1, object.length() - 1) + ","));
        }

        boolean describes(String name, String brand, String category, String material, double price,
                          boolean inStock) {
            return Objects.equals(this.name, name) && Objects.equals(this.brand, brand)
                    && Objects.equals(this.category, category) && Objects.equals(this.material, material)
                    && Double.compare(this.price, price) == 0 && this.inStock == inStock;
        }
    }

    /** Opens an item's object with the shoe's facts; the caller adds its own members and closes it. */
    private static void startItem(JsonGenerator generator, long shoeId, String name, String brand, String category,
                                  String material, double price, boolean inStock) throws IOException {
        Facts cached = FACTS.getIfPresent(shoeId);
        if (cached == null || !cached.describes(name, brand, category, material, price, inStock)) {
            cached = Facts.of(shoeId, name, brand, category, material, price, inStock);
            FACTS.put(shoeId, cached);
        }
        generator.writeStartObject();
        generator.writeRaw(cached.members());
    }

    private static SerializableString reason(RecommendationView.Reason reason) {
        return REASONS.get(reason, r -> new SerializedString(encode(generator -> {
            generator.writeStartObject();
            generator.writeStringField("kind", r.kind());
            generator.writeStringField("text", r.text());
            generator.writeFieldName("anchorShoeId");
            if (r.anchorShoeId() == null) {
                generator.writeNull();
            } else {
                generator.writeNumber(r.anchorShoeId());
            }
            generator.writeStringField("anchorEvent", r.anchorEvent());
            generator.writeEndObject();
        })));
    }

    @FunctionalInterface
    private interface Writing {
        void write(JsonGenerator generator) throws IOException;
    }

    private static String encode(Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            writing.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** {@link RecommendationView}: its fields, then each item's facts, score, components and reason. */
    @RegisterForReflection
    public static final class RecommendationsSerializer extends StdSerializer<RecommendationView> {

        public RecommendationsSerializer() {
            super(RecommendationView.class);
        }

        @Override
        public void serialize(RecommendationView view, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartObject();
            generator.writeNumberField("userId", view.userId());
            generator.writeNumberField("modelVersion", view.modelVersion());
            generator.writeBooleanField("coldStart", view.coldStart());
            generator.writeFieldName(ITEMS);
            generator.writeStartArray();
            for (RecommendationView.Item item : view.items()) {
                startItem(generator, item.shoeId(), item.name(), item.brand(), item.category(), item.material(),
                        item.price(), item.inStock());
                generator.writeFieldName(SCORE);
                generator.writeNumber(item.score());
                generator.writeFieldName(COMPONENTS);
                generator.writeStartObject();
                generator.writeFieldName(COLLABORATIVE);
                generator.writeNumber(item.components().collaborative());
                generator.writeFieldName(CONTENT);
                generator.writeNumber(item.components().content());
                generator.writeFieldName(POPULARITY);
                generator.writeNumber(item.components().popularity());
                generator.writeEndObject();
                generator.writeFieldName(REASON);
                generator.writeRawValue(reason(item.reason()));
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    /** {@link SimilarView}: its fields, then each item's facts and similarity. */
    @RegisterForReflection
    public static final class SimilarSerializer extends StdSerializer<SimilarView> {

        public SimilarSerializer() {
            super(SimilarView.class);
        }

        @Override
        public void serialize(SimilarView view, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartObject();
            generator.writeNumberField("shoeId", view.shoeId());
            generator.writeNumberField("modelVersion", view.modelVersion());
            generator.writeFieldName(ITEMS);
            generator.writeStartArray();
            for (SimilarView.Item item : view.items()) {
                startItem(generator, item.shoeId(), item.name(), item.brand(), item.category(), item.material(),
                        item.price(), item.inStock());
                generator.writeFieldName(SIMILARITY);
                generator.writeNumber(item.similarity());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }
}
