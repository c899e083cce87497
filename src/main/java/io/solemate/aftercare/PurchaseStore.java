package io.solemate.aftercare;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads purchases for after-care: the shoes a customer owns. */
@ApplicationScoped
public class PurchaseStore {

    private static final String OWNED = """
            SELECT p.id AS purchase_id, p.purchased_at, p.usage_km_per_week, s.id AS shoe_id, s.name,
                   b.name AS brand, s.category, s.material, s.care_instructions, s.care_interval_days, s.lifespan_days
            FROM purchases p JOIN shoes s ON s.id = p.shoe_id JOIN brands b ON b.id = s.brand_id
            WHERE p.user_id = $1 AND p.returned_at IS NULL
            ORDER BY p.purchased_at DESC, p.id DESC""";

    private final Pool pool;

    public PurchaseStore(Pool pool) {
        this.pool = pool;
    }

    /** The purchases the customer still owns, newest first. */
    public Uni<List<OwnedPurchase>> owned(long userId) {
        return pool.preparedQuery(OWNED).execute(Tuple.of(userId)).map(rows -> {
            List<OwnedPurchase> owned = new ArrayList<>(rows.size());
            rows.forEach(row -> owned.add(new OwnedPurchase(row.getLong("purchase_id"),
                    row.getOffsetDateTime("purchased_at").toInstant(), row.getFloat("usage_km_per_week"),
                    row.getLong("shoe_id"), row.getString("name"), row.getString("brand"), row.getString("category"),
                    row.getString("material"), row.getString("care_instructions"),
                    row.getInteger("care_interval_days"), row.getInteger("lifespan_days"))));
            return owned;
        });
    }
}
