package io.solemate.aftercare.stores;

import io.smallrye.mutiny.Uni;
import io.solemate.recommend.model.ShoeInfo;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shoe catalogue ({@code shoes} and {@code shoe_sizes}) that replacement suggestions fall back to, as the
 * facts the eligibility rules read ({@link ShoeInfo}), so both paths hold suggestions to the same rules.
 */
@ApplicationScoped
public class CatalogueStore {

    static final String CATALOGUE = """
            SELECT s.id, s.name, s.category, s.material, s.gender, s.style, s.price::float8 AS price, s.in_stock,
                   s.active,
                   coalesce((SELECT array_agg(z.eu_size::float4) FROM shoe_sizes z WHERE z.shoe_id = s.id), '{}')
                       AS sizes,
                   coalesce((SELECT array_agg(z.eu_size::float4) FROM shoe_sizes z
                             WHERE z.shoe_id = s.id AND z.stock > 0), '{}') AS stocked
            FROM shoes s""";

    private final Pool pool;

    public CatalogueStore(Pool pool) {
        this.pool = pool;
    }

    /** Every shoe, sold or not. */
    public Uni<List<ShoeInfo>> shoes() {
        return pool.query(CATALOGUE).execute().map(rows -> {
            List<ShoeInfo> shoes = new ArrayList<>(rows.size());
            rows.forEach(row -> shoes.add(new ShoeInfo(row.getLong("id"), row.getString("name"), null,
                    row.getString("category"), row.getString("gender"), row.getString("material"), null, null,
                    row.getDouble("price"), row.getBoolean("in_stock"), row.getBoolean("active"),
                    floats(row, "sizes"), row.getString("style"), floats(row, "stocked"))));
            return shoes;
        });
    }

    private static float[] floats(Row row, String column) {
        Float[] boxed = row.getArrayOfFloats(column);
        float[] values = new float[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = boxed[i];
        }
        return values;
    }
}
