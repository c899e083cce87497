package io.solemate.recommend.training;

import io.smallrye.mutiny.Uni;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemFactors;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.ModelParts;
import io.solemate.recommend.serving.ServedModel;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Models trained outside the service (trainer=external: the Spark job in {@code src/spark}, migration V12). A
 * version counts once its {@code als_model_commits} row exists. Loading one reads the item factors and popularity
 * the job wrote and fits content here; the served model holds no customer's history or factors: those are read per
 * customer ({@link CustomerStateReader}).
 */
@ApplicationScoped
public class ExternalModels {

    private final Pool pool;
    private final StoreReader reader;

    public ExternalModels(Pool pool, StoreReader reader) {
        this.pool = pool;
        this.reader = reader;
    }

    /** The newest committed version, if the job has committed any. */
    public Uni<Optional<Long>> newestCommitted() {
        return pool.query("SELECT max(model_version) FROM als_model_commits").execute()
                .map(rows -> Optional.ofNullable(rows.iterator().next().getLong(0)));
    }

    /** Reads version {@code version} and builds the served model on {@code worker} (content is fitted here). */
    public Uni<ServedModel> load(long version, Executor worker) {
        List<Row> factorRows = new ArrayList<>();
        return pool.preparedQuery("SELECT trained_at, factors FROM als_models WHERE version = $1")
                .execute(Tuple.of(version))
                .flatMap(meta -> {
                    if (meta.rowCount() == 0) {
                        return Uni.createFrom().failure(new IllegalStateException(
                                "external model version " + version + " is gone"));
                    }
                    Row m = meta.iterator().next();
                    Instant trainedAt = m.getOffsetDateTime("trained_at").toInstant();
                    int k = m.getInteger("factors");
                    return reader.stream("SELECT shoe_id, factors, popularity FROM als_item_factors"
                                    + " WHERE model_version = $1", Tuple.of(version), factorRows::add)
                            .chain(reader::shoes)
                            .emitOn(worker)
                            .map(shoes -> build(version, trainedAt, k, shoes, factorRows));
                });
    }

    private static ServedModel build(long version, Instant trainedAt, int k, List<ShoeInfo> shoes,
                                     List<Row> factorRows) {
        long start = System.nanoTime();
        Catalog catalog = new Catalog(shoes.toArray(ShoeInfo[]::new));
        float[][] vectors = new float[catalog.size()][];
        double[] popularity = new double[catalog.size()];
        for (Row row : factorRows) {
            int item = catalog.index().indexOf(row.getLong(0));
            if (item >= 0) {
                Float[] stored = row.getArrayOfFloats(1);
                float[] v = new float[k];
                for (int f = 0; f < k; f++) {
                    v[f] = stored[f];
                }
                vectors[item] = v;
                popularity[item] = row.getDouble(2);
            }
        }
        // Shoes the job has not seen (added since, or never interacted with) score zero collaboratively.
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i] == null) {
                vectors[i] = new float[k];
            }
        }
        Map<String, Long> millis = new LinkedHashMap<>();
        long t = System.nanoTime();
        ContentModel content = ContentModel.fit(catalog.documents());
        millis.put("Content", (System.nanoTime() - t) / 1_000_000);
        InteractionMatrix noHistory = new InteractionMatrix.Builder(0, catalog.size()).build();
        ModelParts parts = new ModelParts(noHistory, MostPopular.of(popularity), null,
                ImplicitAls.ofItems(ItemFactors.fromItemVectors(vectors, k)), content);
        millis.put("total", (System.nanoTime() - start) / 1_000_000);
        return ServedModel.create(version, trainedAt, catalog, IdIndex.of(new long[0], 0), noHistory, parts,
                FitConfig.DEFAULT_BLEND, millis, Map.of());
    }
}
