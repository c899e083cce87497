package io.solemate.recommend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers' JSON is written by hand-ordered generator calls; the views are what the OpenAPI document declares. Both
 * must say the same: every member, in record order, the same numbers, and strings escaped as Jackson escapes them.
 */
class AnswerJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void recommendationsAreWhatJacksonWritesOfTheView() throws Exception {
        RecommendationView view = new RecommendationView(42, 7, false, List.of(
                new RecommendationView.Item(3, "Trail \"Pro\" 2 \\ Mesh", "Nørd Ståhl", "running", "knit", 129.95, true,
                        0.82422924f, new RecommendationView.Components(0.5925009f, 0.0317283f, 0.2f),
                        new RecommendationView.Reason("SHOPPERS_ALSO_CHOSE",
                                "Shoppers interested in the Tempo \u00e9lite\u2028 you bought also looked at this", 16763L,
                                "purchase")),
                new RecommendationView.Item(9, "Line\nbreak\ttab\u0001", "Pacer", "boots", "leather", 1e-7, false,
                        1.0f, new RecommendationView.Components(0f, 1.0f, -0.0f),
                        new RecommendationView.Reason("POPULAR", "Popular in the shop", null, null))));

        assertEquals(JACKSON.writeValueAsString(view), text(AnswerJson.encode(view).bytes()));
    }

    @Test
    void similarShoesAreWhatJacksonWritesOfTheView() throws Exception {
        SimilarView view = new SimilarView(5, 2, List.of(
                new SimilarView.Item(6, "Échappée </script>", "Brand", "sneakers", "canvas", 59.0, true, 0.9385529f),
                new SimilarView.Item(8, "", "B", "sandals", "rubber", 0.0, false, Float.MIN_VALUE)));

        assertEquals(JACKSON.writeValueAsString(view), text(AnswerJson.encode(view).bytes()));
    }

    @Test
    void anEmptyAnswerIsAnEmptyList() throws Exception {
        RecommendationView none = new RecommendationView(1, 1, true, List.of());
        SimilarView noSimilar = new SimilarView(1, 1, List.of());

        assertEquals(JACKSON.writeValueAsString(none), text(AnswerJson.encode(none).bytes()));
        assertEquals(JACKSON.writeValueAsString(noSimilar), text(AnswerJson.encode(noSimilar).bytes()));
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
