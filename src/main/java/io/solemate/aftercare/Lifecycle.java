package io.solemate.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of one owned shoe, in whole UTC days. Pure arithmetic, mirrored by the SQL of
 * {@link io.solemate.aftercare.stores.PurchaseStore}.
 *
 * <ul>
 * <li>The purchase day is the UTC date of the purchase instant (23:30 at UTC-5 is already the next day).</li>
 * <li>Care reminder {@code n} (1-based) falls due {@code n * careIntervalDays} days after the purchase day, for
 * {@code n} up to the configured count and never after the end of life.</li>
 * <li>End of life is the purchase day plus the effective lifespan:
 * {@code floor(lifespanDays * clamp(referenceKmPerWeek / usageKmPerWeek, 0.5, 2.0))} when the customer reported a
 * usage (0 km/week counts as the maximum factor 2.0), else {@code lifespanDays}. Usage is reported as kilometres or
 * equivalent walking distance, so the factor applies to every category.</li>
 * <li>A replacement suggestion falls due {@code replacementWindowDays} before the end of life (never before the
 * purchase day).</li>
 * </ul>
 * Days are added as plain day counts, so a purchase on 29 February is no special case.
 */
public record Lifecycle(LocalDate purchasedOn, int careIntervalDays, int effectiveLifespanDays) {

    static final double MIN_USAGE_FACTOR = 0.5;
    static final double MAX_USAGE_FACTOR = 2.0;

    public Lifecycle {
        if (careIntervalDays < 1 || effectiveLifespanDays < 0) {
            throw new IllegalArgumentException("care interval must be positive and lifespan non-negative");
        }
    }

    public static Lifecycle of(Instant purchasedAt, int careIntervalDays, int lifespanDays, Float usageKmPerWeek,
            double referenceKmPerWeek) {
        return new Lifecycle(utcDay(purchasedAt), careIntervalDays,
                effectiveLifespanDays(lifespanDays, usageKmPerWeek, referenceKmPerWeek));
    }

    public static LocalDate utcDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** How much longer (above 1) or shorter (below 1) a shoe lasts at the reported weekly usage. */
    public static double usageFactor(Float usageKmPerWeek, double referenceKmPerWeek) {
        if (usageKmPerWeek == null) {
            return 1.0;
        }
        if (usageKmPerWeek <= 0) {
            return MAX_USAGE_FACTOR;
        }
        return Math.min(MAX_USAGE_FACTOR, Math.max(MIN_USAGE_FACTOR, referenceKmPerWeek / usageKmPerWeek.doubleValue()));
    }

    public static int effectiveLifespanDays(int lifespanDays, Float usageKmPerWeek, double referenceKmPerWeek) {
        return (int) Math.floor(lifespanDays * usageFactor(usageKmPerWeek, referenceKmPerWeek));
    }

    public LocalDate endOfLife() {
        return purchasedOn.plusDays(effectiveLifespanDays);
    }

    /** Due date of care reminder {@code n}, counting from 1. */
    public LocalDate careDue(int n) {
        return purchasedOn.plusDays((long) n * careIntervalDays);
    }

    /** How many reminders the shoe gets in its whole life, at most {@code maxCount}. */
    public int careReminderCount(int maxCount) {
        return Math.min(maxCount, effectiveLifespanDays / careIntervalDays);
    }

    /** Every reminder due on or before {@code today}: what a catch-up run must have written. */
    public List<LocalDate> careDueBy(LocalDate today, int maxCount) {
        List<LocalDate> due = new ArrayList<>();
        for (int n = 1; n <= careReminderCount(maxCount) && !careDue(n).isAfter(today); n++) {
            due.add(careDue(n));
        }
        return due;
    }

    /** The first reminder on or after {@code today}; empty once the shoe has had all of them. */
    public Optional<LocalDate> nextCare(LocalDate today, int maxCount) {
        long elapsed = ChronoUnit.DAYS.between(purchasedOn, today);
        long n = Math.max(1, Math.ceilDiv(elapsed, careIntervalDays));
        return n <= careReminderCount(maxCount) ? Optional.of(careDue((int) n)) : Optional.empty();
    }

    public LocalDate replacementDue(int windowDays) {
        LocalDate due = endOfLife().minusDays(windowDays);
        return due.isBefore(purchasedOn) ? purchasedOn : due;
    }

    public long ageDays(LocalDate today) {
        return ChronoUnit.DAYS.between(purchasedOn, today);
    }

    /** Share of the effective lifespan used up: 0 at purchase, 1 at end of life, above 1 after it. */
    public double lifeUsed(LocalDate today) {
        return effectiveLifespanDays == 0 ? 1.0 : (double) ageDays(today) / effectiveLifespanDays;
    }
}
