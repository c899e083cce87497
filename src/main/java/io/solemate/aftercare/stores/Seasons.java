package io.solemate.aftercare.stores;

import io.solemate.aftercare.CareTips;
import io.solemate.aftercare.WeatherCondition;
import io.solemate.common.Vocabulary;
import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The season of every region and day, as a calendar the care reminder insert reads by position: {@code days} days
 * from {@code firstDay} for each of the {@code regions}, region after region, each day coded as 0 (no tip) or the
 * 1-based position of its condition in {@link CareTips#CONDITIONS}. A few kilobytes for ten regions over two years.
 */
public record Seasons(String[] regions, LocalDate firstDay, int days, Short[] codes) {

    /** The calendar of the days that bring a tip (rows of region, day and condition); empty without any. */
    static Seasons of(Iterable<Row> tipDays, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        tipDays.forEach(rows::add);
        if (rows.isEmpty()) {
            return new Seasons(new String[0], today, 0, new Short[0]);
        }
        List<String> regions = rows.stream().map(row -> row.getString("region")).distinct().sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        regions.forEach(region -> index.put(region, index.size()));
        LocalDate first = rows.stream().map(row -> row.getLocalDate("day")).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = rows.stream().map(row -> row.getLocalDate("day")).max(LocalDate::compareTo).orElseThrow();
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        Short[] codes = new Short[regions.size() * days];
        Arrays.fill(codes, (short) 0);
        for (Row row : rows) {
            int at = index.get(row.getString("region")) * days
                    + (int) ChronoUnit.DAYS.between(first, row.getLocalDate("day"));
            WeatherCondition condition = Vocabulary.parse(WeatherCondition.class, row.getString("condition"));
            codes[at] = (short) (CareTips.CONDITIONS.indexOf(condition) + 1);
        }
        return new Seasons(regions.toArray(String[]::new), first, days, codes);
    }
}
