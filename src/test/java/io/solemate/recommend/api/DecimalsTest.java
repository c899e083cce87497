package io.solemate.recommend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What the API writes of a number must be what Jackson writes of the rounded float the views hold. */
class DecimalsTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private static String written(float value) {
        byte[] to = new byte[Decimals.MAX_BYTES + 3];
        to[0] = 'x';
        int end = Decimals.write(value, to, 1);
        return new String(to, 1, end - 1, StandardCharsets.US_ASCII);
    }

    @Test
    void everySixPlaceDecimalBelowEightIsWrittenAsTheJdkWritesItsFloat() {
        for (int millionths = -8_000_000; millionths <= 8_000_000; millionths++) {
            float value = millionths / 1_000_000f;
            String expected = Float.toString(value);
            String actual = written(value);
            if (!expected.equals(actual) || Decimals.round(value) != value) {
                fail("millionths " + millionths + ": " + actual + ", rounded to " + Decimals.round(value));
            }
        }
    }

    @Test
    void anyFloatIsWrittenAsJacksonWritesItsRoundedValue() throws Exception {
        SplittableRandom random = new SplittableRandom(20261130);
        for (int i = 0; i < 1_000_000; i++) {
            float value = i % 2 == 0
                    ? (float) (random.nextDouble() * 16 - 8) // the range written from digits, and past it
                    : Float.intBitsToFloat(random.nextInt()); // any float at all, NaN included
            String expected = JACKSON.writeValueAsString(Decimals.round(value));
            String actual = written(value);
            if (!expected.equals(actual)) {
                fail("float bits " + Float.floatToRawIntBits(value) + ": " + actual + ", not " + expected);
            }
        }
    }

    @Test
    void edgesAreWrittenAsJacksonWritesThem() throws Exception {
        float[] edges = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-12f, 4.9999e-7f, 5e-7f, 9.994e-4f, 9.995e-4f,
            0.001f, 0.9385529f, 0.5f, 1f, 7.9999995f, 7.9999999f, 8f, -7.9999995f, 12.25f, Float.MAX_VALUE,
            -Float.MAX_VALUE, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (float edge : edges) {
            assertEquals(JACKSON.writeValueAsString(Decimals.round(edge)), written(edge), "float " + edge);
        }
        assertEquals("0.938553", written(0.9385529f));
        assertEquals("0.0", written(1e-12f));
        assertEquals("8.0", written(7.9999995f));
    }
}
