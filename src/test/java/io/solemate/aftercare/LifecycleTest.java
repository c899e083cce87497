package io.solemate.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.catalog.Material;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final double REFERENCE = 20;

    @Test
    void firstReminderIsDueOnTheDayNotTheDayBefore() {
        Lifecycle life = Lifecycle.of(Instant.parse("2026-03-01T10:00:00Z"), 30, 365, null, REFERENCE);
        assertEquals(LocalDate.parse("2026-03-31"), life.careDue(1));
        assertEquals(List.of(), life.careDueBy(LocalDate.parse("2026-03-30"), 12));
        assertEquals(List.of(LocalDate.parse("2026-03-31")), life.careDueBy(LocalDate.parse("2026-03-31"), 12));
    }

    @Test
    void purchaseLateInTheEveningWestOfUtcIsTheNextUtcDay() {
        Instant evening = OffsetDateTime.parse("2026-03-01T23:30:00-05:00").toInstant();
        Lifecycle life = Lifecycle.of(evening, 30, 365, null, REFERENCE);
        assertEquals(LocalDate.parse("2026-03-02"), life.purchasedOn());
        assertEquals(LocalDate.parse("2026-04-01"), life.careDue(1));
        assertEquals(LocalDate.parse("2027-03-02"), life.endOfLife());
    }

    @Test
    void leapDayPurchaseCountsPlainDays() {
        Lifecycle life = Lifecycle.of(Instant.parse("2024-02-29T12:00:00Z"), 30, 365, null, REFERENCE);
        assertEquals(LocalDate.parse("2024-03-30"), life.careDue(1));
        assertEquals(LocalDate.parse("2025-02-28"), life.endOfLife());
        // Across the next leap day: 2027-12-01 + 90 days lands on 2028-02-29.
        Lifecycle across = Lifecycle.of(Instant.parse("2027-12-01T00:00:00Z"), 90, 400, null, REFERENCE);
        assertEquals(LocalDate.parse("2028-02-29"), across.careDue(1));
    }

    @Test
    void remindersStopAtTheCountAndAtEndOfLife() {
        Lifecycle life = Lifecycle.of(Instant.parse("2024-01-01T00:00:00Z"), 30, 365, null, REFERENCE);
        LocalDate farFuture = LocalDate.parse("2030-01-01");
        assertEquals(12, life.careDueBy(farFuture, 12).size());
        assertEquals(3, life.careDueBy(farFuture, 3).size());
        // 365 days hold 12 reminders of 30 days; the 13th (day 390) would fall after end of life.
        assertEquals(12, life.careDueBy(farFuture, 20).size());
        Lifecycle exact = new Lifecycle(LocalDate.parse("2024-01-01"), 30, 360);
        assertEquals(exact.endOfLife(), exact.careDueBy(farFuture, 20).getLast(), "a reminder on the last day counts");
    }

    @Test
    void usageShortensOrLengthensLifeWithinHalfAndDouble() {
        assertEquals(365, Lifecycle.effectiveLifespanDays(365, null, REFERENCE));
        assertEquals(365, Lifecycle.effectiveLifespanDays(365, 20f, REFERENCE));
        assertEquals(182, Lifecycle.effectiveLifespanDays(365, 40f, REFERENCE));
        assertEquals(182, Lifecycle.effectiveLifespanDays(365, 400f, REFERENCE), "at most halved");
        assertEquals(730, Lifecycle.effectiveLifespanDays(365, 10f, REFERENCE));
        assertEquals(730, Lifecycle.effectiveLifespanDays(365, 0f, REFERENCE), "unused shoes at most double");
        assertEquals(486, Lifecycle.effectiveLifespanDays(365, 15f, REFERENCE));
    }

    @Test
    void replacementFallsDueTheWindowBeforeEndOfLifeButNotBeforePurchase() {
        Lifecycle life = Lifecycle.of(Instant.parse("2026-01-01T08:00:00Z"), 30, 365, null, REFERENCE);
        assertEquals(LocalDate.parse("2026-12-02"), life.replacementDue(30));
        Lifecycle shortLived = Lifecycle.of(Instant.parse("2026-01-01T08:00:00Z"), 30, 30, 100f, REFERENCE);
        assertEquals(15, shortLived.effectiveLifespanDays());
        assertEquals(LocalDate.parse("2026-01-01"), shortLived.replacementDue(30));
    }

    @Test
    void nextCareIsTheFirstReminderFromToday() {
        Lifecycle life = new Lifecycle(LocalDate.parse("2026-01-01"), 30, 365);
        assertEquals(Optional.of(LocalDate.parse("2026-01-31")), life.nextCare(LocalDate.parse("2026-01-01"), 12));
        assertEquals(Optional.of(LocalDate.parse("2026-01-31")), life.nextCare(LocalDate.parse("2026-01-31"), 12));
        assertEquals(Optional.of(LocalDate.parse("2026-03-02")), life.nextCare(LocalDate.parse("2026-02-01"), 12));
        assertEquals(Optional.empty(), life.nextCare(LocalDate.parse("2026-12-30"), 12));
        assertEquals(Optional.empty(), life.nextCare(LocalDate.parse("2026-02-01"), 1));
    }

    @Test
    void ageAndShareOfLifeUsed() {
        Lifecycle life = new Lifecycle(LocalDate.parse("2026-01-01"), 30, 200);
        assertEquals(50, life.ageDays(LocalDate.parse("2026-02-20")));
        assertEquals(0.25, life.lifeUsed(LocalDate.parse("2026-02-20")), 1e-9);
        assertTrue(life.lifeUsed(LocalDate.parse("2027-01-01")) > 1);
    }

    @Test
    void everyMaterialHasATipForEveryNotableCondition() {
        assertEquals(List.of(WeatherCondition.WET, WeatherCondition.SNOWY, WeatherCondition.HOT), CareTips.CONDITIONS);
        for (WeatherCondition condition : CareTips.CONDITIONS) {
            for (Material material : Material.values()) {
                assertNotNull(CareTips.tip(condition, material), condition + "/" + material);
            }
        }
        assertTrue(CareTips.tip(WeatherCondition.SNOWY, Material.SUEDE).contains("salt"));
        assertTrue(CareTips.tip(WeatherCondition.WET, Material.LEATHER).contains("waterproofing"));
    }

    @Test
    void careReminderTextIsTheInstructionsThenTheTipOfTheSeason() {
        assertEquals("Time to care for your Trail Runner", CareTips.title("Trail Runner"));
        assertEquals("Brush it.", CareTips.body("Brush it.", null, Material.MESH));
        assertEquals("Brush it.\n\n" + CareTips.tip(WeatherCondition.HOT, Material.MESH), CareTips.body("Brush it.", WeatherCondition.HOT, Material.MESH));
    }

    @Test
    void aShoeWithNoLifeLeftIsUsedUpAndNeedsAPositiveCareInterval() {
        Lifecycle spent = new Lifecycle(LocalDate.parse("2026-01-01"), 30, 0);
        assertEquals(1.0, spent.lifeUsed(LocalDate.parse("2026-01-01")));
        assertEquals(0, spent.careReminderCount(12));
        assertEquals(Optional.empty(), spent.nextCare(LocalDate.parse("2026-01-01"), 12));
        assertEquals(LocalDate.parse("2026-01-01"), spent.replacementDue(30));
        assertThrows(IllegalArgumentException.class, () -> new Lifecycle(LocalDate.parse("2026-01-01"), 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new Lifecycle(LocalDate.parse("2026-01-01"), 30, -1));
    }

    @Test
    void usageFactorIsClampedToHalfAndDouble() {
        assertEquals(1.0, Lifecycle.usageFactor(null, REFERENCE));
        assertEquals(2.0, Lifecycle.usageFactor(0f, REFERENCE));
        assertEquals(2.0, Lifecycle.usageFactor(-3f, REFERENCE));
        assertEquals(0.5, Lifecycle.usageFactor(40f, REFERENCE));
        assertEquals(0.8, Lifecycle.usageFactor(25f, REFERENCE), 1e-12);
    }
}
