package io.solemate.recommend.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.solemate.web.EncodedJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON of recommendations and similar shoes, written member by member with a generator straight into the bytes of
 * the answer ({@link EncodedJson}), member names encoded once. Shaped as their views declare (the OpenAPI schema), in
 * record order ({@code AnswerJsonTest} holds it to what Jackson writes of the views). Each shoe's facts and each reason
 * were once kept pre-encoded in bounded caches: over a large catalogue and customer base, writing them again measured
 * as fast as looking them up, without the caches' memory.
 */
final class AnswerJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final SerializedString ITEMS = new SerializedString("items");
    private static final SerializedString SHOE_ID = new SerializedString("shoeId");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString BRAND = new SerializedString("brand");
    private static final SerializedString CATEGORY = new SerializedString("category");
    private static final SerializedString MATERIAL = new SerializedString("material");
    private static final SerializedString PRICE = new SerializedString("price");
    private static final SerializedString IN_STOCK = new SerializedString("inStock");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString ANCHOR_SHOE_ID = new SerializedString("anchorShoeId");
    private static final SerializedString ANCHOR_EVENT = new SerializedString("anchorEvent");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString COMPONENTS = new SerializedString("components");
    private static final SerializedString COLLABORATIVE = new SerializedString("collaborative");
    private static final SerializedString CONTENT = new SerializedString("content");
    private static final SerializedString POPULARITY = new SerializedString("popularity");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString SIMILARITY = new SerializedString("similarity");
    /** Twenty picks take 3-9 KB. */
    private static final int ANSWER_BYTES = 8192;
    private AnswerJson() {
    }

    /** Opens an item's object with the shoe's facts; the caller adds its own members and closes it. */
    private static void startItem(JsonGenerator generator, long shoeId, String name, String brand, String category,
                                  String material, double price, boolean inStock) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(SHOE_ID);
        generator.writeNumber(shoeId);
        generator.writeFieldName(NAME);
        generator.writeString(name);
        generator.writeFieldName(BRAND);
        generator.writeString(brand);
        generator.writeFieldName(CATEGORY);
        generator.writeString(category);
        generator.writeFieldName(MATERIAL);
        generator.writeString(material);
        generator.writeFieldName(PRICE);
        generator.writeNumber(price);
        generator.writeFieldName(IN_STOCK);
        generator.writeBoolean(inStock);
    }

    private static void writeReason(JsonGenerator generator, RecommendationView.Reason reason) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(KIND);
        generator.writeString(reason.kind());
        generator.writeFieldName(TEXT);
        generator.writeString(reason.text());
        generator.writeFieldName(ANCHOR_SHOE_ID);
        if (reason.anchorShoeId() == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(reason.anchorShoeId());
        }
        generator.writeFieldName(ANCHOR_EVENT);
        generator.writeString(reason.anchorEvent());
        generator.writeEndObject();
    }

    @FunctionalInterface
    private interface Writing {
        void write(JsonGenerator generator) throws IOException;
    }

    /** The JSON of {@code view}: its fields, then each item's facts, score, components and reason. */
    static EncodedJson encode(RecommendationView view) {
        return write(generator -> {
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
                writeReason(generator, item.reason());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    /** The JSON of {@code view}: its fields, then each item's facts and similarity. */
    static EncodedJson encode(SimilarView view) {
        return write(generator -> {
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
        });
    }

    private static EncodedJson write(Writing writing) {
        ByteArrayBuilder out = new ByteArrayBuilder(ANSWER_BYTES);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            writing.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayBuilder does not fail
        }
        return new EncodedJson(out.toByteArray());
    }
}
