package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlendWeightsTest {

    private final BlendWeights blend = BlendWeights.minMax(Map.of(Component.ALS, 0.3, Component.PURE_SVD, 0.2,
            Component.CONTENT, 0.4, Component.POPULARITY, 0.1));

    @Test
    void groupsSumTheirComponents() {
        assertEquals(0.5, blend.collaborative(), 1e-12);
        assertEquals(0.4, blend.content(), 1e-12);
        assertEquals(0.1, blend.popularity(), 1e-12);
        assertEquals(0.3, blend.weight(Component.ALS));
        assertEquals("PureSVD+ALS", blend.collaborativeModel());
        assertEquals("none", BlendWeights.minMax(Map.of(Component.CONTENT, 1.0)).collaborativeModel());
    }

    @Test
    void zeroWeightsAreDroppedAndBadOnesRefused() {
        BlendWeights alsOnly = BlendWeights.minMax(Map.of(Component.ALS, 1.0, Component.CONTENT, 0.0));
        assertEquals(List.of(Component.ALS), List.copyOf(alsOnly.weights().keySet()));
        assertEquals(0.0, alsOnly.weight(Component.CONTENT));
        for (double bad : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> BlendWeights.minMax(Map.of(Component.ALS, bad)),
                    "weight " + bad);
        }
    }

    @Test
    void describesItselfInComponentOrder() {
        assertEquals("{normalization=minmax, weights={PureSVD=0.2, ALS=0.3, Content=0.4, MostPopular=0.1}, "
                + "collaborative=0.5, content=0.4, popularity=0.1}", blend.describe().toString());
        assertEquals("minmax {PureSVD=0.2, ALS=0.3, Content=0.4, MostPopular=0.1}", blend.toString());
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        blend.writeTo(new DataOutputStream(bytes));
        BlendWeights read = BlendWeights.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(blend, read);
    }

    @Test
    void normalizationLabelsRoundTrip() {
        assertEquals("minmax", Normalization.MINMAX.label());
        assertEquals(Normalization.MINMAX, Normalization.ofLabel("minmax"));
        assertEquals(Component.ALS, Component.ofLabel("ALS"));
        assertThrows(IllegalArgumentException.class, () -> Component.ofLabel("SVD++"));
    }
}
