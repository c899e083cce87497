package io.solemate.recommend.training;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.unchecked.Unchecked;
import io.solemate.recommend.model.InteractionAggregates;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.model.UserInfo;
import io.solemate.recommend.serving.CustomerDirectory;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads what a fit needs: the catalogue and the customers through the reactive client (thousands of rows), the
 * interactions through {@link InteractionReader} on a worker thread (millions), all into primitive columns: no entity
 * per row, no list of millions of objects.
 */
@ApplicationScoped
public class StoreReader {

    /** Rows fetched per round trip while streaming. */
    private static final int FETCH_SIZE = 10_000;

    private static final String SHOES = """
            SELECT s.id, s.name, b.name AS brand, s.category, s.gender, s.material, s.color, s.description,
                   s.price::float8 AS price, s.in_stock, s.active, s.style,
                   coalesce(array_agg(z.eu_size::float4 ORDER BY z.eu_size) FILTER (WHERE z.eu_size IS NOT NULL),
                            '{}') AS sizes,
                   coalesce(array_agg(z.eu_size::float4 ORDER BY z.eu_size) FILTER (WHERE z.stock > 0),
                            '{}') AS stocked
            FROM shoes s JOIN brands b ON b.id = s.brand_id LEFT JOIN shoe_sizes z ON z.shoe_id = s.id
            GROUP BY s.id, b.name ORDER BY s.id""";
    static final String USERS = """
            SELECT u.id, u.gender, u.shoe_size::float4 AS shoe_size, u.preferred_category, b.name AS brand,
                   u.preferred_material
            FROM users u LEFT JOIN brands b ON b.id = u.preferred_brand_id""";
    private static final String OWNED = "SELECT user_id, shoe_id FROM purchases WHERE returned_at IS NULL";
    private static final String ONE_USER = " WHERE u.id = $1";
    private static final String OWNED_BY_ONE = " AND user_id = $1";
    private static final String FINGERPRINT = """
            SELECT (SELECT coalesce(max(id), 0) FROM interactions),
                   (SELECT count(*) FROM shoes),
                   (SELECT count(*) FROM shoe_sizes z JOIN shoes s ON s.id = z.shoe_id WHERE z.stock > 0 AND s.active),
                   (SELECT coalesce(max(id), 0) FROM users),
                   (SELECT coalesce(max(id), 0) FROM purchases)""";

    /** Everything one fit reads, with the customer facts served beside the model. */
    public record Store(TrainingData data, CustomerDirectory customers, StoreFingerprint fingerprint) {
    }

    private final Pool pool;
    private final InteractionReader interactions;

    public StoreReader(Pool pool, InteractionReader interactions) {
        this.pool = pool;
        this.interactions = interactions;
    }

    public Uni<StoreFingerprint> fingerprint() {
        return pool.query(FINGERPRINT).execute().map(rows -> {
            Row r = rows.iterator().next();
            return new StoreFingerprint(r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        });
    }

    /**
     * Reads the store, the interactions of {@code since} and later days only when given. The fingerprint is taken
     * first, so a model never claims data it has not seen.
     */
    public Uni<Store> read(Optional<LocalDate> since) {
        return fingerprint().flatMap(fingerprint -> shoes().flatMap(shoes -> customers().flatMap(customers ->
                interactions(since).map(rows -> new Store(
                        new TrainingData(shoes.toArray(ShoeInfo[]::new),
                                customers.profiles().values().toArray(UserInfo[]::new), rows),
                        customers, fingerprint)))));
    }

    private Uni<InteractionAggregates> interactions(Optional<LocalDate> since) {
        return Uni.createFrom().item(Unchecked.supplier(() -> interactions.read(since)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    public Uni<Boolean> shoeExists(long shoeId) {
        return pool.preparedQuery("SELECT 1 FROM shoes WHERE id = $1").execute(Tuple.of(shoeId))
                .map(rows -> rows.rowCount() > 0);
    }

    /** The customer directory alone, for a replica that loads a model fitted elsewhere. */
    public Uni<CustomerDirectory> customers() {
        return directory(USERS, OWNED, Tuple.tuple());
    }

    /** One customer's profile and owned shoes (a directory of one, or empty when the id is unknown). */
    public Uni<CustomerDirectory> customer(long userId) {
        return directory(USERS + ONE_USER, OWNED + OWNED_BY_ONE, Tuple.of(userId));
    }

    /** A stated profile from a row of {@link #USERS} (or a query selecting the same columns). */
    static UserInfo profile(Row row) {
        return new UserInfo(row.getLong("id"), row.getString("gender"), row.getFloat("shoe_size"),
                row.getString("preferred_category"), row.getString("brand"), row.getString("preferred_material"));
    }

    private Uni<CustomerDirectory> directory(String usersSql, String ownedSql, Tuple arguments) {
        Map<Long, UserInfo> profiles = new HashMap<>();
        Map<Long, Set<Long>> owned = new HashMap<>();
        return stream(usersSql, arguments, row -> profiles.put(row.getLong("id"), profile(row)))
                .chain(() -> stream(ownedSql, arguments, row -> owned.computeIfAbsent(row.getLong(0),
                        id -> new HashSet<>()).add(row.getLong(1))))
                .map(done -> new CustomerDirectory(profiles, owned));
    }

    Uni<List<ShoeInfo>> shoes() {
        List<ShoeInfo> shoes = new ArrayList<>();
        return stream(SHOES, row -> {
            shoes.add(new ShoeInfo(row.getLong("id"), row.getString("name"), row.getString("brand"),
                    row.getString("category"), row.getString("gender"), row.getString("material"),
                    row.getString("color"), row.getString("description"), row.getDouble("price"),
                    row.getBoolean("in_stock"), row.getBoolean("active"), floats(row.getArrayOfFloats("sizes")),
                    row.getString("style"), floats(row.getArrayOfFloats("stocked"))));
        }).replaceWith(shoes);
    }

    private static float[] floats(Float[] boxed) {
        float[] values = new float[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = boxed[i];
        }
        return values;
    }

    private Uni<Void> stream(String sql, Consumer<Row> sink) {
        return stream(sql, Tuple.tuple(), sink);
    }

    /** Streams a query's rows (a cursor inside a transaction) into {@code sink}. */
    Uni<Void> stream(String sql, Tuple arguments, Consumer<Row> sink) {
        return pool.withTransaction(connection -> connection.prepare(sql)
                .onItem().transformToMulti(statement -> statement.createStream(FETCH_SIZE, arguments).toMulti())
                .onItem().invoke(sink)
                .onItem().ignoreAsUni());
    }
}
