package io.solemate.desk;

import io.solemate.aftercare.NotificationKey;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * A shopper the store desk tests can name: history (views, a cart, a purchase, a rating), an owned shoe whose name
 * carries a script tag, a due care reminder and a due replacement suggestion; plus a newcomer with nothing at all.
 * Refits the model afterwards so the shopper gets recommendations and the new shoes get neighbours.
 */
record Shopper(long id, String name, String surname, String email, long scriptShoeId, long purchaseId,
        List<Long> trailShoeIds, String careNoticeId, String careTitle, String replacementNoticeId,
        String replacementTitle, long newcomerId, String newcomerName) {

    static final String SCRIPT_SHOE = "Trail <script>alert(1)</script> Runner";

    static Shopper create(Fixtures fixtures) {
        long brand = fixtures.brand(Fixtures.unique("Summit Works"));
        long scriptShoe = fixtures.shoe(SCRIPT_SHOE, brand, "trail", "unisex", "mesh", 129.0, true, 41, 42, 43);
        List<Long> trail = List.of(
                fixtures.shoe("Ridgeline Trail Runner", brand, "trail", "unisex", "mesh", 139.0, true, 42, 43),
                fixtures.shoe("Scree Trail Runner GTX", brand, "trail", "unisex", "synthetic", 159.0, true, 42),
                fixtures.shoe("Fell Trail Runner Lite", brand, "trail", "women", "mesh", 119.0, false, 41, 42));

        String surname = "Lovelace" + letters();
        String name = "Ada " + surname;
        long id = fixtures.user(name, "women", 42.0);
        String email = Fixtures.unique("ada.shopper").toLowerCase() + "@example.com";
        fixtures.update("UPDATE users SET email = ?, preferred_category = 'trail' WHERE id = ?", email, id);

        Instant now = Instant.now();
        Instant bought = now.minus(300, ChronoUnit.DAYS);
        fixtures.interaction(id, scriptShoe, "purchase", null, bought);
        fixtures.interaction(id, scriptShoe, "rating", 5f, bought.plus(20, ChronoUnit.DAYS));
        fixtures.interaction(id, trail.get(0), "view", null, now.minus(3, ChronoUnit.DAYS));
        fixtures.interaction(id, trail.get(1), "cart", null, now.minus(2, ChronoUnit.DAYS));
        long purchase = fixtures.purchase(id, scriptShoe, 42.0, bought);

        // Shoppers with the same taste give the collaborative model something to go on.
        for (int i = 0; i < 4; i++) {
            long twin = fixtures.user(Fixtures.unique("Twin"), "women", 42.0);
            fixtures.interaction(twin, scriptShoe, "purchase", null, now.minus(40 + i, ChronoUnit.DAYS));
            fixtures.interaction(twin, trail.get(i % trail.size()), "like", null, now.minus(30, ChronoUnit.DAYS));
        }

        String careTitle = "Brush off the mud and air-dry your trail runners";
        String care = notice(fixtures, purchase, "care", careTitle, 1, List.of());
        String replacementTitle = "Their trail runners are near the end of their life";
        String replacement = notice(fixtures, purchase, "replacement", replacementTitle, 1,
                List.of(trail.get(0), trail.get(1)));

        String newcomerName = Fixtures.unique("Newcomer");
        long newcomer = fixtures.user(newcomerName, null, null);
        Api.refit();
        return new Shopper(id, name, surname, email, scriptShoe, purchase, trail, care, careTitle, replacement,
                replacementTitle, newcomer, newcomerName);
    }

    /** A customer who owns {@code pairs} pairs, each with {@code perPair} unread care reminders due. */
    record Owner(long id, List<Long> purchaseIds, List<String> notificationIds) {
    }

    static Owner ownerWithNotifications(Fixtures fixtures, int pairs, int perPair) {
        long brand = fixtures.brand(Fixtures.unique("Stride Co"));
        long shoe = fixtures.shoe(Fixtures.unique("Everyday Walker"), brand, "walking", "unisex", "leather", 99.0,
                true, 41, 42, 43);
        long owner = fixtures.user("Owen " + "Owner" + letters(), "men", 42.0);
        List<Long> purchases = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            long purchase = fixtures.purchase(owner, shoe, 42.0, Instant.now().minus(300 + p, ChronoUnit.DAYS));
            purchases.add(purchase);
            for (int n = 0; n < perPair; n++) {
                notices.add(notice(fixtures, purchase, "care", "Polish pair " + p + ", reminder " + n, n + 1,
                        List.of()));
            }
        }
        return new Owner(owner, purchases, notices);
    }

    /** Six random letters: a name part no other customer shares and that search treats as one word. */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** Another due notification on the shopper's shoe, for a test that changes it. */
    String notice(Fixtures fixtures, String kind, String title, int daysAgo) {
        return notice(fixtures, purchaseId, kind, title, daysAgo, List.of());
    }

    /** Writes a due notification; answers its id. */
    private static String notice(Fixtures fixtures, long purchaseId, String kind, String title, int daysAgo,
            List<Long> suggested) {
        var key = new NotificationKey(purchaseId, kind, 1 + (int) fixtures.queryLong(
                "SELECT count(*) FROM notifications WHERE purchase_id = ? AND kind = ?", purchaseId, kind));
        fixtures.update("""
                INSERT INTO notifications (purchase_id, kind, ordinal, due_on, title, body, suggested_shoe_ids)
                VALUES (?, ?, ?, ?, ?, 'Dried mud wears the mesh; a soft brush and air-drying keep it supple.',
                        ?::bigint[])""", key.purchaseId(), key.kind(), key.ordinal(),
                LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo), title,
                suggested.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        return key.id();
    }
}
