package io.solemate.desk;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the desk templates print numbers, dates and event kinds: {@code {fmt:count(page.events, 'interaction')}}. */
@TemplateExtension(namespace = "fmt")
final class DeskFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private DeskFormat() {
    }

    /** A whole number with thousands separators: 5,000. Any integral type, as templates pass ints and longs. */
    static String number(Number value) {
        return String.format(Locale.ENGLISH, "%,d", value.longValue());
    }

    /** A count and its noun, singular for one: "1 purchase", "1,204 purchases". */
    static String count(Number value, String noun) {
        return number(value) + " " + noun(value, noun);
    }

    /** The noun alone, agreeing with the count: for a number printed in its own element. */
    static String noun(Number value, String noun) {
        return value.longValue() == 1 ? noun : plural(noun);
    }

    private static String plural(String noun) {
        return switch (noun) {
            case "pair owned" -> "pairs owned";
            case "pair" -> "pairs";
            default -> noun.matches(".*[^aeiou]y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        };
    }

    /** An EU size without a needless ".0": 42, 42.5. */
    static String size(BigDecimal euSize) {
        return euSize.stripTrailingZeros().toPlainString();
    }

    /** Kilometres a week as given, without a needless ".0": 23.5, 20. */
    static String km(Number km) {
        return new BigDecimal(km.toString()).stripTrailingZeros().toPlainString();
    }

    static String day(Instant instant) {
        return DAY.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String date(LocalDate date) {
        return DAY.format(date);
    }

    static String dateTime(Instant instant) {
        return DAY_TIME.format(instant);
    }

    /** A validation metric, three decimals. */
    static String score(double value) {
        return String.format(Locale.ENGLISH, "%.3f", value);
    }

    static String percent(double share) {
        return Math.round(100 * share) + "%";
    }

    /** An interaction kind as a past-tense verb for the history list. */
    static String did(String kind) {
        return switch (kind) {
            case "view" -> "Viewed";
            case "like" -> "Liked";
            case "cart" -> "Added to cart";
            case "purchase" -> "Bought";
            case "rating" -> "Rated";
            case "return" -> "Returned";
            default -> kind;
        };
    }
}
