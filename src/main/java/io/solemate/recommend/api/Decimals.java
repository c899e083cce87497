package io.solemate.recommend.api;

/**
 * How the API writes scores, shares and similarities: rounded to six decimals, each the shortest decimal of its float
 * (what Jackson writes of a float, {@link Float#toString}). Six decimals are more than a blend of min-max normalised
 * model scores can tell apart. And a rounded value below 8 has a decimal of at most six places that {@link #write}
 * spells out from an integer: the JDK's shortest-decimal search for every number of an answer was a third of writing a
 * recommendation answer (async-profiler).
 */
final class Decimals {

    private static final double SCALE = 1_000_000;
    private static final float FLOAT_SCALE = 1_000_000f;
    /** Below 8 floats lie closer together than 10^-6, so every six-place decimal there has a float of its own. */
    private static final float ROUNDED_BELOW = 8f;
    /** From 10^-3 up, {@link Float#toString} writes plain digits; below, an exponent. */
    private static final long PLAIN_FROM = 1_000;
    /** The longest a float is written: sign, nine digits, point, exponent of four, quotes. */
    static final int MAX_BYTES = 18;

    private Decimals() {
    }

    /** The float the API writes for {@code value}: the nearest to it with six decimals (below 8; others as they are). */
    static float round(float value) {
        return Math.abs(value) < ROUNDED_BELOW ? millionths(value) / FLOAT_SCALE : value;
    }

    /**
     * Writes what Jackson writes of {@code round(value)} into {@code to} from {@code at}, which has room for
     * {@link #MAX_BYTES}; returns where it ended.
     */
    static int write(float value, byte[] to, int at) {
        if (!(Math.abs(value) < ROUNDED_BELOW)) {
            return writeShortest(round(value), to, at);
        }
        long millionths = millionths(value);
        long magnitude = Math.abs(millionths);
        if (magnitude < PLAIN_FROM) {
            return writeShortest(round(value), to, at);
        }
        if (millionths < 0) {
            to[at++] = '-';
        }
        to[at++] = (byte) ('0' + magnitude / 1_000_000);
        to[at++] = '.';
        int fraction = (int) (magnitude % 1_000_000);
        if (fraction == 0) {
            to[at++] = '0';
            return at;
        }
        int places = 6;
        while (fraction % 10 == 0) {
            fraction /= 10;
            places--;
        }
        for (int place = places - 1; place >= 0; place--) {
            to[at + place] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        return at + places;
    }

    /** {@code value} in millionths, to the nearest; exact, a float's 24 bits times 10^6's 20 fit a double. */
    private static long millionths(float value) {
        return Math.round(value * SCALE);
    }

    /** Zero, below 10^-3, from 8 up, not finite: as the JDK writes it, quoted when not finite as Jackson does. */
    private static int writeShortest(float value, byte[] to, int at) {
        String decimal = Float.toString(value);
        boolean quoted = !Float.isFinite(value);
        if (quoted) {
            to[at++] = '"';
        }
        for (int i = 0; i < decimal.length(); i++) {
            to[at++] = (byte) decimal.charAt(i); // digits, '.', '-', 'E', letters of NaN and Infinity: ASCII
        }
        if (quoted) {
            to[at++] = '"';
        }
        return at;
    }
}
