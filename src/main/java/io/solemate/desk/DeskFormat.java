package io.solemate.desk;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the desk templates print numbers, dates and event kinds: {@code {fmt:money(item.price)}}. */
@TemplateExtension(namespace = "fmt")
final class DeskFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private DeskFormat() {
    }

    static String money(double amount) {
        return String.format(Locale.ENGLISH, "%,.2f", amount);
    }

    /** An EU size without a needless ".0": 42, 42.5. */
    static String size(BigDecimal euSize) {
        return euSize.stripTrailingZeros().toPlainString();
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
