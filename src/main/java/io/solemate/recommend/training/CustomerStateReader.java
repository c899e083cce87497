package io.solemate.recommend.training;

import io.smallrye.mutiny.Uni;
import io.solemate.interactions.EventKind;
import io.solemate.recommend.RecommendConfig;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.serving.CustomerState;
import io.solemate.recommend.serving.ServedModel;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads one customer's state for a replica serving an externally trained model: one round trip, every part found
 * by an index (users and als_user_factors by primary key, purchases and the newest interactions by their user
 * indexes). The history row is weighed exactly as a fit weighs the whole log.
 */
@ApplicationScoped
public class CustomerStateReader {

    private static final String STATE = """
            SELECT u.id, u.gender, u.shoe_size::float4 AS shoe_size, u.preferred_category, b.name AS brand,
                   u.preferred_material,
                   ARRAY(SELECT p.shoe_id FROM purchases p WHERE p.user_id = u.id AND p.returned_at IS NULL) AS owned,
                   (SELECT f.factors FROM als_user_factors f WHERE f.model_version = $2 AND f.user_id = u.id)
                       AS factors,
                   h.shoes, h.kinds, h.vals, h.ats
            FROM users u LEFT JOIN brands b ON b.id = u.preferred_brand_id
            LEFT JOIN LATERAL (
                SELECT array_agg(e.shoe_id) AS shoes, array_agg(e.kind) AS kinds, array_agg(e.value) AS vals,
                       array_agg(e.at) AS ats
                FROM (SELECT shoe_id, %s AS kind, value, extract(epoch FROM occurred_at)::bigint AS at
                      FROM interactions WHERE user_id = u.id ORDER BY occurred_at DESC LIMIT $3) e) h ON true
            WHERE u.id = $1""".formatted(InteractionReader.KIND_ORDINAL);

    private final Pool pool;
    private final Clock clock;
    private final EventWeights weights;
    private final int historyLimit;

    public CustomerStateReader(Pool pool, Clock clock, RecommendConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.weights = config.fitConfig().weights();
        this.historyLimit = config.customerHistoryLimit();
    }

    /** The customer's state against {@code model}'s catalogue and factors; null when no such customer exists. */
    public Uni<CustomerState> read(ServedModel model, long userId) {
        return pool.preparedQuery(STATE).execute(Tuple.of(userId, model.version(), historyLimit)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            return it.hasNext() ? state(model, it.next()) : null;
        });
    }

    private CustomerState state(ServedModel model, Row row) {
        Set<Long> owned = new HashSet<>();
        for (Long shoe : row.getArrayOfLongs("owned")) {
            owned.add(shoe);
        }
        Long[] shoes = row.getArrayOfLongs("shoes");
        EventLog events = new EventLog(shoes == null ? 0 : shoes.length);
        if (shoes != null) {
            Integer[] kinds = row.getArrayOfIntegers("kinds");
            Float[] values = row.getArrayOfFloats("vals");
            Long[] ats = row.getArrayOfLongs("ats");
            for (int e = 0; e < shoes.length; e++) {
                events.add(row.getLong("id"), shoes[e], EventKind.ofOrdinal(kinds[e]),
                        values[e] == null ? Float.NaN : values[e], ats[e]);
            }
        }
        InteractionMatrix history = InteractionMatrix.customerRow(events, model.catalog(), weights, clock.instant());
        Float[] stored = row.getArrayOfFloats("factors");
        float[] factors = null;
        if (stored != null) {
            factors = new float[stored.length];
            for (int f = 0; f < factors.length; f++) {
                factors[f] = stored[f];
            }
        }
        return new CustomerState(StoreReader.profile(row), Set.copyOf(owned), history, history.damped(), factors);
    }
}
