package io.solemate.recommend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.ComponentScores;
import io.solemate.recommend.serving.RankedPicks;
import io.solemate.recommend.serving.Reason;
import io.solemate.recommend.serving.ReasonKind;
import io.solemate.recommend.serving.Recommendation;
import io.solemate.recommend.serving.RecommendationAnswer;
import io.solemate.recommend.serving.ScoredShoe;
import io.solemate.recommend.serving.SimilarAnswer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers' JSON is assembled from parts encoded once; the views are what the OpenAPI document declares. Both must
 * say the same: every member, in record order, the same numbers, and strings escaped as Jackson escapes them, whether
 * the parts are encoded anew or reused.
 */
class AnswerJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final Catalog CATALOG = new Catalog(new ShoeInfo[] {
        shoe(3, "Trail \"Pro\" 2 \\ Mesh", "Nørd Ståhl", "running", "knit", 129.95, true),
        shoe(9, "Line\nbreak\ttab\u0001", "Pacer", "boots", "leather", 1e-7, false),
        shoe(6, "Échappée </script>", "Brand", "sneakers", "canvas", 59.0, true),
        shoe(8, "", "B", "sandals", "rubber", 0.0, false)});
    private static final Reason ANCHORED = new Reason(ReasonKind.SHOPPERS_ALSO_CHOSE, 16763L, EventKind.PURCHASE,
            "Shoppers interested in the Tempo \u00e9lite\u2028 you bought also looked at this");
    private static final Reason POPULAR = new Reason(ReasonKind.POPULAR, null, null, "Popular in the shop");

    private final AnswerJson json = new AnswerJson();

    private static ShoeInfo shoe(long id, String name, String brand, String category, String material, double price,
                                 boolean inStock) {
        return new ShoeInfo(id, name, brand, category, "unisex", material, "black", "", price, inStock, true,
                new float[] {42f});
    }

    @Test
    void recommendationsAreWhatJacksonWritesOfTheView() throws Exception {
        RecommendationAnswer answer = new RecommendationAnswer(42, 7, false, RankedPicks.of(CATALOG, List.of(
                new Recommendation(3, 0.82422924, new ComponentScores(0.5925009, 0.0317283, 0.2), ANCHORED),
                new Recommendation(9, 1.0, new ComponentScores(0, 1.0, -0.0), POPULAR),
                new Recommendation(6, 1e-9, new ComponentScores(Double.NaN, 0.1, 1e-9), ANCHORED))));

        String expected = JACKSON.writeValueAsString(RecommendationView.of(answer));
        assertEquals(expected, text(json.encode(answer).bytes()));
        assertEquals(expected, text(json.encode(answer).bytes()), "again, from the parts kept");
    }

    @Test
    void similarShoesAreWhatJacksonWritesOfTheView() throws Exception {
        SimilarAnswer answer = new SimilarAnswer(5, 2, CATALOG,
                List.of(new ScoredShoe(6, 0.9385529), new ScoredShoe(8, Float.MIN_VALUE), new ScoredShoe(3, 1e-12)));

        String expected = JACKSON.writeValueAsString(SimilarView.of(answer));
        assertEquals(expected, text(json.encode(answer).bytes()));
        assertEquals(expected, text(json.encode(answer).bytes()), "again, from the parts kept");
    }

    @Test
    void anEmptyAnswerIsAnEmptyList() throws Exception {
        RecommendationAnswer none = new RecommendationAnswer(1, 1, true, RankedPicks.of(CATALOG, List.of()));
        SimilarAnswer noSimilar = new SimilarAnswer(1, 1, CATALOG, List.of());

        assertEquals(JACKSON.writeValueAsString(RecommendationView.of(none)), text(json.encode(none).bytes()));
        assertEquals(JACKSON.writeValueAsString(SimilarView.of(noSimilar)), text(json.encode(noSimilar).bytes()));
    }

    @Test
    void anOlderModelsAnswerIsWrittenWithItsOwnFacts() throws Exception {
        Catalog renamed = new Catalog(new ShoeInfo[] {shoe(3, "Renamed", "Pacer", "running", "knit", 99.0, false)});
        SimilarAnswer newer = new SimilarAnswer(1, 9, renamed, List.of(new ScoredShoe(3, 0.5)));
        SimilarAnswer older = new SimilarAnswer(1, 8, CATALOG, List.of(new ScoredShoe(3, 0.5)));

        json.encode(newer);
        assertEquals(JACKSON.writeValueAsString(SimilarView.of(older)), text(json.encode(older).bytes()));
        assertEquals(JACKSON.writeValueAsString(SimilarView.of(newer)), text(json.encode(newer).bytes()));
    }

    @Test
    void anAnswerLongerThanTheBufferThenAShortOneAreBothWhole() throws Exception {
        ShoeInfo[] shoes = new ShoeInfo[100];
        for (int i = 0; i < shoes.length; i++) {
            shoes[i] = shoe(Long.MAX_VALUE - i, "Long name ".repeat(40) + i, "Brand", "boots", "leather", i, true);
        }
        Catalog large = new Catalog(shoes);
        List<ScoredShoe> all = new ArrayList<>();
        for (ShoeInfo shoe : shoes) {
            all.add(new ScoredShoe(shoe.id(), -0.5));
        }
        SimilarAnswer longAnswer = new SimilarAnswer(Long.MIN_VALUE, 3, large, all);
        SimilarAnswer shortAnswer = new SimilarAnswer(7, 3, large, all.subList(0, 1));

        byte[] longBytes = json.encode(longAnswer).bytes();
        assertEquals(JACKSON.writeValueAsString(SimilarView.of(longAnswer)), text(longBytes));
        assertTrue(longBytes.length > 40_000, "longer than the buffer it starts with");
        assertEquals(JACKSON.writeValueAsString(SimilarView.of(shortAnswer)), text(json.encode(shortAnswer).bytes()));
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
