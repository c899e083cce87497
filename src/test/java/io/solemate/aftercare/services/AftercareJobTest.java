package io.solemate.aftercare.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.solemate.aftercare.CareTips;
import io.solemate.aftercare.Lifecycle;
import io.solemate.aftercare.WeatherCondition;
import io.solemate.aftercare.resources.NotificationView;
import io.solemate.aftercare.stores.NotificationStore;
import io.solemate.catalog.Material;
import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.model.UserInfo;
import io.solemate.recommend.serving.CustomerDirectory;
import io.solemate.recommend.serving.ModelHolder;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.training.FitConfig;
import io.solemate.recommend.training.ModelFitter;
import io.solemate.recommend.training.ModelRunLog;
import io.solemate.recommend.training.ModelTrainer;
import io.solemate.recommend.training.StoreFingerprint;
import io.solemate.testsupport.Fixtures;
import io.solemate.testsupport.MutableClock;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AftercareJobTest {

    @Inject
    AftercareJob job;

    @Inject
    Fixtures fixtures;

    @Inject
    MutableClock clock;

    @Inject
    Pool pool;

    @Inject
    ModelHolder models;

    @Inject
    MeterRegistry registry;

    @Inject
    ModelTrainer trainer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void reminderIsWrittenOnItsDueDayNotTheDayBefore() {
        long shoe = shoe("leather", 30, 365);
        long user = fixtures.user(Fixtures.unique("Punctual"), "women", 39.0);
        // 23:30 at UTC-5 is already 2 March in UTC, so the first reminder is due on 1 April.
        long purchase = fixtures.purchase(user, shoe, 39.0,
                OffsetDateTime.parse("2026-03-01T23:30:00-05:00").toInstant());

        runAt("2026-03-31T23:59:59Z");
        assertEquals(List.of(), careDates(purchase));
        runAt("2026-04-01T00:00:00Z");
        assertEquals(List.of(LocalDate.parse("2026-04-01")), careDates(purchase));
    }

    @Test
    void leapDayPurchaseFollowsTheSameArithmeticInSqlAndJava() {
        long shoe = shoe("mesh", 30, 365);
        long user = fixtures.user(Fixtures.unique("Leap"), "men", 44.0);
        Instant leapDay = Instant.parse("2024-02-29T12:00:00Z");
        long purchase = fixtures.purchase(user, shoe, 44.0, leapDay);

        runAt("2024-03-30T06:00:00Z");
        assertEquals(List.of(LocalDate.parse("2024-03-30")), careDates(purchase));
        runAt("2026-01-01T00:00:00Z");
        Lifecycle life = Lifecycle.of(leapDay, 30, 365, null, 20);
        assertEquals(life.careDueBy(LocalDate.parse("2026-01-01"), 12), careDates(purchase));
        assertEquals(List.of(LocalDate.parse("2025-01-29")), dates(purchase, "replacement"));
    }

    @Test
    void catchUpAfterAGapWritesEveryReminderInBetween() {
        long shoe = shoe("knit", 30, 365);
        long user = fixtures.user(Fixtures.unique("Away"), "women", 38.0);
        long purchase = fixtures.purchase(user, shoe, 38.0, Instant.parse("2026-01-01T10:00:00Z"));

        runAt("2026-03-01T12:00:00Z");
        assertEquals(List.of(LocalDate.parse("2026-01-31")), careDates(purchase));
        // The job was down for 100 days: the next run writes everything that fell due meanwhile.
        runAt("2026-06-09T12:00:00Z");
        assertEquals(List.of("2026-01-31", "2026-03-02", "2026-04-01", "2026-05-01", "2026-05-31").stream()
                .map(LocalDate::parse).toList(), careDates(purchase));
    }

    @Test
    void usageChangesEndOfLifeIdenticallyInSqlAndJava() {
        long shoe = shoe("synthetic", 21, 400);
        long user = fixtures.user(Fixtures.unique("Runner"), "men", 42.0);
        Instant bought = Instant.parse("2025-01-15T18:00:00Z");
        List<Float> usages = new ArrayList<>(List.of(0f, 7f, 15f, 33.3f, 400f));
        usages.add(null);
        List<Long> purchases = new ArrayList<>();
        for (Float usage : usages) {
            long purchase = fixtures.purchase(user, shoe, 42.0, bought);
            fixtures.update("UPDATE purchases SET usage_km_per_week = ? WHERE id = ?", usage, purchase);
            purchases.add(purchase);
        }
        LocalDate today = LocalDate.parse("2027-06-01");
        runAt("2027-06-01T00:00:00Z");
        for (int i = 0; i < usages.size(); i++) {
            Lifecycle life = Lifecycle.of(bought, 21, 400, usages.get(i), 20);
            assertEquals(life.careDueBy(today, 12), careDates(purchases.get(i)), "usage " + usages.get(i));
            List<LocalDate> replacement = life.replacementDue(30).isAfter(today) ? List.of()
                    : List.of(life.replacementDue(30));
            assertEquals(replacement, dates(purchases.get(i), "replacement"), "usage " + usages.get(i));
        }
    }

    @Test
    void returnedPurchasesGetNothing() {
        long shoe = shoe("leather", 30, 365);
        long user = fixtures.user(Fixtures.unique("Returner"), "men", 43.0);
        long purchase = fixtures.purchase(user, shoe, 43.0, Instant.parse("2025-01-01T10:00:00Z"));
        fixtures.update("UPDATE purchases SET returned_at = purchased_at + interval '3 days' WHERE id = ?", purchase);
        runAt("2026-06-01T00:00:00Z");
        assertEquals(0, fixtures.queryLong("SELECT count(*) FROM notifications WHERE purchase_id = ?", purchase));
    }

    @Test
    void runningTwiceAndConcurrentlyLeavesTheSameRows() throws Exception {
        long shoe = shoe("suede", 20, 300);
        long user = fixtures.user(Fixtures.unique("Twice"), "women", 37.0);
        long purchase = fixtures.purchase(user, shoe, 37.0, Instant.parse("2025-06-01T10:00:00Z"));
        clock.set(Instant.parse("2026-05-01T00:00:00Z"));

        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<AftercareJob.RunSummary>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return job.run().await().atMost(Duration.ofMinutes(2));
            }));
        }
        for (CompletableFuture<AftercareJob.RunSummary> run : runs) {
            run.get();
        }
        List<String> afterConcurrent = written(purchase);
        // 300 days hold 15 reminders of 20 days; 12 is the cap. The suggestion fell due 30 days before day 300.
        assertEquals(12, careDates(purchase).size());
        assertEquals(List.of(LocalDate.parse("2026-02-26")), dates(purchase, "replacement"));

        AftercareJob.RunSummary again = job.run().await().atMost(Duration.ofMinutes(2));
        assertEquals(0, again.careCreated());
        assertEquals(0, again.replacementsCreated());
        assertEquals(afterConcurrent, written(purchase));
    }

    @Test
    void countsCreatedNotificationsByKind() {
        double before = registry.counter("solemate.notifications.created", "kind", "care").count();
        long shoe = shoe("canvas", 30, 365);
        long user = fixtures.user(Fixtures.unique("Counted"), "men", 41.0);
        fixtures.purchase(user, shoe, 41.0, Instant.parse("2026-01-01T10:00:00Z"));
        AftercareJob.RunSummary summary = runAt("2026-03-05T00:00:00Z");
        assertTrue(summary.careCreated() >= 2);
        assertEquals(before + summary.careCreated(),
                registry.counter("solemate.notifications.created", "kind", "care").count(), 1e-9);
    }

    @Test
    void reminderCarriesTheShoesCareInstructionsAndASeasonalTip() {
        String region = Fixtures.unique("alps");
        long shoe = shoe("suede", 30, 365);
        fixtures.update("UPDATE shoes SET care_instructions = 'Brush with a suede brush.' WHERE id = ?", shoe);
        long snowed = fixtures.user(Fixtures.unique("Snowed"), "women", 38.0);
        fixtures.update("UPDATE users SET region = ? WHERE id = ?", region, snowed);
        long dry = fixtures.user(Fixtures.unique("Dry"), "women", 38.0);
        // Snow on 20 of the 29 days around 31 January 2026, mild weather before.
        fixtures.update("""
                INSERT INTO environmental_data (region, observed_on, condition)
                SELECT ?, d::date, CASE WHEN d >= '2026-01-20' THEN 'snowy' ELSE 'mild' END
                FROM generate_series('2025-12-01'::date, '2026-02-10'::date, interval '1 day') d""", region);
        long snowy = fixtures.purchase(snowed, shoe, 38.0, Instant.parse("2026-01-01T10:00:00Z"));
        long plain = fixtures.purchase(dry, shoe, 38.0, Instant.parse("2026-01-01T10:00:00Z"));
        // December was mild: the reminders due on 1 and 31 December 2025 get no tip, the one on 30 January does.
        long early = fixtures.purchase(snowed, shoe, 38.0, Instant.parse("2025-11-01T10:00:00Z"));

        runAt("2026-02-01T00:00:00Z");
        assertEquals("Brush with a suede brush.\n\n" + CareTips.tip(WeatherCondition.SNOWY, Material.SUEDE), body(snowy, "2026-01-31"));
        assertEquals("Brush with a suede brush.", body(plain, "2026-01-31"));
        assertEquals("Brush with a suede brush.", body(early, "2025-12-01"));
        assertEquals("Brush with a suede brush.", body(early, "2025-12-31"));
        assertEquals("Brush with a suede brush.\n\n" + CareTips.tip(WeatherCondition.SNOWY, Material.SUEDE), body(early, "2026-01-30"));
        // Only the season's condition is stored; the text is rendered when the reminder is read.
        assertEquals(Arrays.asList(null, null, "snowy"), stored(snowy, "2026-01-31"));
        assertEquals(Arrays.asList(null, null, null), stored(plain, "2026-01-31"));
    }

    @Test
    void reminderTextIsRenderedAsTheJobWroteItBeforeRemindersWereStoredNarrow() {
        String region = Fixtures.unique("coast");
        String name = Fixtures.unique("Harbour Derby");
        long shoe = fixtures.shoe(name, fixtures.brand(Fixtures.unique("Care")), "dress", "men", "leather", 150, true,
                43);
        long user = fixtures.user(Fixtures.unique("Wet"), "men", 43.0);
        fixtures.update("UPDATE users SET region = ? WHERE id = ?", region, user);
        fixtures.update("""
                INSERT INTO environmental_data (region, observed_on, condition)
                SELECT ?, d::date, 'wet' FROM generate_series('2026-01-01'::date, '2026-03-31'::date, interval '1 day') d""",
                region);
        long purchase = fixtures.purchase(user, shoe, 43.0, Instant.parse("2026-01-01T10:00:00Z"));

        runAt("2026-02-01T00:00:00Z");
        NotificationView reminder = care(purchase, "2026-01-31");
        // The job stored 'Time to care for your ' || name as the title and care_instructions || E'\n\n' || tip as
        // the body before; rendering gives the same.
        assertEquals("Time to care for your " + name, reminder.title());
        assertEquals("Care for leather\n\n" + CareTips.tip(WeatherCondition.WET, Material.LEATHER), reminder.body());
        assertEquals(List.of(), reminder.suggestedShoeIds());
        // Weather data ends on 31 March: the reminder of 1 April still sees a wet fortnight, the one of 1 May none.
        runAt("2026-05-02T00:00:00Z");
        assertEquals(Arrays.asList(null, null, "wet"), stored(purchase, "2026-04-01"));
        assertEquals(Arrays.asList(null, null, null), stored(purchase, "2026-05-01"));
        assertEquals("Care for leather", body(purchase, "2026-05-01"));
    }

    @Test
    void replacementWithoutAModelSuggestsTheSameShoeThenSimilarOnesInSizeAndStock() {
        long brand = fixtures.brand(Fixtures.unique("Fallback"));
        long worn = fixtures.shoe("Worn Slide", brand, "sandals", "kids", "rubber", 7777, true, 30, 31);
        long closest = fixtures.shoe("Close Slide", brand, "sandals", "kids", "rubber", 7778, true, 30);
        long next = fixtures.shoe("Next Slide", brand, "sandals", "kids", "rubber", 7779.5, true, 30, 31);
        long otherSize = fixtures.shoe("Small Slide", brand, "sandals", "kids", "rubber", 7776.5, true, 31);
        long soldOut = fixtures.shoe("Gone Slide", brand, "sandals", "kids", "rubber", 7777.5, false, 30);
        long owned = fixtures.shoe("Owned Slide", brand, "sandals", "kids", "rubber", 7778.5, true, 30);
        long otherMaterial = fixtures.shoe("Leather Sandal", brand, "sandals", "kids", "leather", 7777, true, 30);
        long user = fixtures.user(Fixtures.unique("Kid"), "kids", 31.0);
        long purchase = fixtures.purchase(user, worn, 30.0, Instant.parse("2025-01-01T10:00:00Z"));
        fixtures.purchase(user, owned, 30.0, Instant.parse("2025-02-01T10:00:00Z"));
        // The purchase size wins over the profile size (31), which a purchase without a size falls back to.
        long unsized = fixtures.purchase(user, worn, null, Instant.parse("2025-01-01T10:00:00Z"));

        runAt("2026-01-01T00:00:00Z");
        List<Long> suggested = suggested(purchase);
        assertEquals(List.of(worn, closest, next), suggested.subList(0, 3));
        assertFalse(suggested.contains(otherSize));
        assertFalse(suggested.contains(soldOut));
        assertFalse(suggested.contains(owned));
        assertFalse(suggested.contains(otherMaterial));
        assertTrue(suggested.size() <= 5);
        List<Long> inSize31 = suggested(unsized);
        assertEquals(List.of(worn, otherSize, next), inSize31.subList(0, 3));
        assertTrue(replacementBody(purchase).contains("still available"));
    }

    @Test
    void replacementHoldsToTheSellableRulesAndMayOfferTheStyleItReplaces() {
        long brand = fixtures.brand(Fixtures.unique("Sellable"));
        long worn = fixtures.shoe("Harbour Boat Shoe", brand, "casual", "women", "canvas", 8888, true, 39, 40);
        // The worn colourway is sold out in her size: another colourway of the same style may replace it.
        fixtures.stock(worn, 39, 0);
        long navy = fixtures.colourway(worn, "navy", true);
        long red = fixtures.colourway(worn, "red", true);
        long soldOutInSize = fixtures.shoe("Quay Boat Shoe", brand, "casual", "women", "canvas", 8889, true, 39, 40);
        fixtures.stock(soldOutInSize, 39, 0);
        long mens = fixtures.shoe("Deck Boat Shoe", brand, "casual", "men", "canvas", 8888, true, 39, 40);
        long unisex = fixtures.shoe("Pier Boat Shoe", brand, "casual", "unisex", "canvas", 8890, true, 39, 40);
        long ownedStyle = fixtures.shoe("Marina Boat Shoe", brand, "casual", "women", "canvas", 8888.5, true, 39);
        long ownedStyleOtherColour = fixtures.colourway(ownedStyle, "white", true);
        long owner = fixtures.user(Fixtures.unique("Sailor"), "women", 39.0);
        long purchase = fixtures.purchase(owner, worn, 39.0, Instant.parse("2025-01-01T10:00:00Z"));
        fixtures.purchase(owner, ownedStyle, 39.0, Instant.parse("2025-01-02T10:00:00Z"));

        runAt("2026-01-01T00:00:00Z");
        List<Long> suggested = suggested(purchase);
        assertFalse(suggested.contains(worn), "the same shoe has no pairs in her size");
        assertEquals(1, suggested.stream().filter(id -> id == navy || id == red).count(),
                "one colourway of the replaced style: " + suggested);
        assertTrue(suggested.contains(unisex), suggested.toString());
        assertFalse(suggested.contains(mens), "for the other gender");
        assertFalse(suggested.contains(soldOutInSize), "out of stock in her size");
        assertFalse(suggested.contains(ownedStyle) || suggested.contains(ownedStyleOtherColour),
                "another style she owns");
    }

    @Test
    void replacementLeavesOutTheSameShoeOnceItIsNoLongerSold() {
        long brand = fixtures.brand(Fixtures.unique("Retired"));
        long retired = fixtures.shoe("Retired Boot", brand, "boots", "men", "nubuck", 6543, true, 44);
        long successor = fixtures.shoe("Successor Boot", brand, "boots", "men", "nubuck", 6544, true, 44);
        fixtures.update("UPDATE shoes SET active = false WHERE id = ?", retired);
        long user = fixtures.user(Fixtures.unique("Hiker"), "men", 44.0);
        long purchase = fixtures.purchase(user, retired, 44.0, Instant.parse("2025-01-01T10:00:00Z"));

        runAt("2026-01-01T00:00:00Z");
        List<Long> suggested = suggested(purchase);
        assertFalse(suggested.contains(retired));
        assertEquals(successor, suggested.getFirst());
    }

    @Test
    void replacementWithAModelRanksSimilarShoesByTheOwnersCollaborativeScore() {
        long brand = fixtures.brand(Fixtures.unique("Modelled"));
        String trail = "trail running shoe with a grippy lugged outsole and a rock plate";
        long worn = fixtures.shoe("Ridge Runner", brand, "trail", "women", "mesh", 150, true, 39);
        long[] similar = new long[4];
        for (int i = 0; i < similar.length; i++) {
            similar[i] = fixtures.shoe("Ridge Runner " + (i + 2), brand, "trail", "women", "mesh", 150 + i, true, 39);
        }
        long wrongSize = fixtures.shoe("Ridge Runner Wide", brand, "trail", "women", "mesh", 150, true, 41);
        long loafer = fixtures.shoe("Office Loafer", brand, "dress", "women", "leather", 150, true, 39);
        long owner = fixtures.user(Fixtures.unique("Trail"), "women", 39.0);
        long purchase = fixtures.purchase(owner, worn, 39.0, Instant.parse("2025-01-01T10:00:00Z"));
        fixtures.purchase(owner, similar[3], 39.0, Instant.parse("2025-01-02T10:00:00Z"));

        // The model's catalogue as the store reader gives it: each listing with its style, a style of its own here.
        List<ShoeInfo> shoes = new ArrayList<>();
        for (long id : new long[] { worn, similar[0], similar[1], similar[2], similar[3], wrongSize }) {
            float[] sizes = { id == wrongSize ? 41f : 39f };
            shoes.add(new ShoeInfo(id, "Ridge Runner", "Modelled", "trail", "women", "mesh", "black", trail, 150,
                    true, true, sizes, fixtures.styleOf(id), sizes));
        }
        shoes.add(new ShoeInfo(loafer, "Office Loafer", "Modelled", "dress", "women", "leather", "brown",
                "polished leather loafer for the office", 150, true, true, new float[] { 39f }, fixtures.styleOf(loafer),
                new float[] { 39f }));
        // Shoppers who bought the worn shoe also liked similar[2] most, then similar[0]; nobody touched similar[1].
        EventLog events = new EventLog(64);
        long at = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
        List<UserInfo> users = new ArrayList<>(List.of(new UserInfo(owner, "women", 39f, null, null, null)));
        events.add(owner, worn, EventKind.PURCHASE, Float.NaN, at);
        for (long other = 1; other <= 6; other++) {
            long id = -other;
            users.add(new UserInfo(id, "women", 39f, null, null, null));
            events.add(id, worn, EventKind.PURCHASE, Float.NaN, at);
            events.add(id, similar[2], EventKind.PURCHASE, Float.NaN, at);
            if (other <= 3) {
                events.add(id, similar[0], EventKind.LIKE, Float.NaN, at);
            }
        }
        // Versions only move forward in the holder: this model is the next one, and a refit puts the store's back.
        long version = models.current().map(ServedModel::version).orElse(0L) + 1;
        ServedModel model = ModelFitter.fit(new TrainingData(shoes.toArray(ShoeInfo[]::new),
                users.toArray(UserInfo[]::new), events), new FitConfig(2, 2, 5, 0.1f, 10f, 1,
                        EventWeights.defaults(), 42L, 0, 5_000, 20, 0), version, Instant.parse("2025-06-02T00:00:00Z"));
        assertTrue(models.swap(new ModelHolder.Serving(model, new CustomerDirectory(Map.of(), Map.of()),
                new StoreFingerprint(0, 0, 0, 0, 0))));
        try {
            runAt("2026-01-01T00:00:00Z");
        } finally {
            trainer.refresh(ModelRunLog.Trigger.ADMIN).await().indefinitely();
        }
        List<Long> suggested = suggested(purchase);
        assertEquals(worn, suggested.getFirst(), "the same shoe first while it is sold");
        List<Long> rest = suggested.subList(1, suggested.size());
        assertTrue(rest.containsAll(List.of(similar[0], similar[1], similar[2])), "similar ones in size: " + rest);
        assertFalse(rest.contains(similar[3]), "already owned");
        assertFalse(rest.contains(wrongSize), "not in her size");
        assertTrue(List.of(similar[0], similar[1], similar[2], loafer).containsAll(rest), "only model candidates");
        assertTrue(rest.indexOf(similar[2]) < rest.indexOf(similar[1]), "co-bought shoe first: " + rest);
        for (int i = 1; i < rest.size(); i++) {
            assertTrue(model.collaborativeScore(owner, rest.get(i - 1))
                    >= model.collaborativeScore(owner, rest.get(i)), "ranked by collaborative score: " + rest);
        }
    }

    private AftercareJob.RunSummary runAt(String instant) {
        clock.set(Instant.parse(instant));
        return job.run().await().atMost(Duration.ofMinutes(2));
    }

    private long shoe(String material, int careIntervalDays, int lifespanDays) {
        long brand = fixtures.brand(Fixtures.unique("Care"));
        long shoe = fixtures.shoe(Fixtures.unique("Shoe"), brand, "walking", "unisex", material, 80, true, 38, 39, 42);
        fixtures.update("UPDATE shoes SET care_interval_days = ?, lifespan_days = ? WHERE id = ?", careIntervalDays,
                lifespanDays, shoe);
        return shoe;
    }

    private List<LocalDate> careDates(long purchase) {
        return dates(purchase, "care");
    }

    private List<LocalDate> dates(long purchase, String kind) {
        List<LocalDate> dates = new ArrayList<>();
        pool.preparedQuery("SELECT due_on FROM notifications WHERE purchase_id = $1 AND kind = $2 ORDER BY due_on")
                .execute(Tuple.of(purchase, kind)).await().indefinitely()
                .forEach(row -> dates.add(row.getLocalDate(0)));
        return dates;
    }

    /** The purchase's notifications with the time each was written: a row written again would show a new time. */
    private List<String> written(long purchase) {
        List<String> written = new ArrayList<>();
        pool.preparedQuery("SELECT kind, due_on, created_at FROM notifications WHERE purchase_id = $1 "
                + "ORDER BY kind, due_on").execute(Tuple.of(purchase)).await().indefinitely()
                .forEach(row -> written.add(row.getString("kind") + " " + row.getLocalDate("due_on") + " "
                        + row.getOffsetDateTime("created_at")));
        return written;
    }

    /** The care reminder as the API shows it, its text rendered from the shoe and the stored season. */
    private NotificationView care(long purchase, String dueOn) {
        return NotificationView.of(NotificationStore.notification(pool.preparedQuery("SELECT "
                + NotificationStore.COLUMNS + " FROM notifications n " + NotificationStore.SHOE
                + " WHERE n.purchase_id = $1 AND n.kind = 'care' AND n.due_on = $2")
                .execute(Tuple.of(purchase, LocalDate.parse(dueOn))).await().indefinitely().iterator().next()));
    }

    private String body(long purchase, String dueOn) {
        return care(purchase, dueOn).body();
    }

    /** The stored columns of a care reminder: title, body and the season's condition. */
    private List<String> stored(long purchase, String dueOn) {
        Row row = pool.preparedQuery("SELECT title, body, tip FROM notifications WHERE purchase_id = $1 "
                + "AND kind = 'care' AND due_on = $2").execute(Tuple.of(purchase, LocalDate.parse(dueOn)))
                .await().indefinitely().iterator().next();
        return Arrays.asList(row.getString("title"), row.getString("body"), row.getString("tip"));
    }

    private List<Long> suggested(long purchase) {
        return List.of(pool.preparedQuery("SELECT suggested_shoe_ids FROM notifications WHERE purchase_id = $1 "
                + "AND kind = 'replacement'").execute(Tuple.of(purchase)).await().indefinitely()
                .iterator().next().getArrayOfLongs(0));
    }

    private String replacementBody(long purchase) {
        return pool.preparedQuery("SELECT body FROM notifications WHERE purchase_id = $1 AND kind = 'replacement'")
                .execute(Tuple.of(purchase)).await().indefinitely().iterator().next().getString(0);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
