package io.solemate.aftercare.stores;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the shoe catalogue ({@code shoes} and {@code shoe_sizes}) that replacement suggestions fall back to. */
@ApplicationScoped
public class CatalogueStore {

    /** The catalogue the fallback ranks, sizes in tenths. */
    static final String CATALOGUE = """
            SELECT s.id, s.name, s.category, s.material, s.gender, s.price::float8 AS price,
                   s.active AND s.in_stock AS sold,
                   coalesce((SELECT array_agg((z.eu_size * 10)::int) FROM shoe_sizes z WHERE z.shoe_id = s.id), '{}')
                       AS sizes
            FROM shoes s""";

    /** A shoe of the catalogue; {@code euSizes} in tenths of a size (42.5 is 425). */
    public record Shoe(long id, String name, String category, String material, String gender, double price,
            boolean sold, int[] euSizes) {

        /** Whether the shoe is offered in the size; every shoe is in an unknown (NaN) size. */
        public boolean offeredIn(double size) {
            if (Double.isNaN(size)) {
                return true;
            }
            int tenths = (int) Math.round(size * 10);
            for (int s : euSizes) {
                if (s == tenths) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Pool pool;

    public CatalogueStore(Pool pool) {
        this.pool = pool;
    }

    /** Every shoe, sold or not. */
    public Uni<List<Shoe>> shoes() {
        return pool.query(CATALOGUE).execute().map(rows -> {
            List<Shoe> shoes = new ArrayList<>(rows.size());
            rows.forEach(row -> shoes.add(new Shoe(row.getLong("id"), row.getString("name"),
                    row.getString("category"), row.getString("material"), row.getString("gender"),
                    row.getDouble("price"), row.getBoolean("sold"),
                    Arrays.stream(row.getArrayOfIntegers("sizes")).mapToInt(Integer::intValue).toArray())));
            return shoes;
        });
    }
}
