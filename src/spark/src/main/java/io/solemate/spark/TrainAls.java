package io.solemate.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log1p;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Trains the collaborative part of Solemate's model on Spark, for a store that has outgrown one machine: reads the
 * interaction log from PostgreSQL (a JDBC read partitioned on {@code interactions.id}), folds it into the service's
 * interaction matrix ({@link EventMatrix}), fits implicit ALS (MLlib) and item-item co-occurrence counts, and writes a
 * new model version; the {@code als_model_commits} row is written last, so a replica never loads half a model.
 * Replicas with {@code solemate.recommend.trainer=external} serve the newest committed version.
 */
public final class TrainAls {

    private TrainAls() {
    }

    public static void main(String[] args) throws Exception {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        SparkSession.Builder builder = SparkSession.builder().appName("solemate-train-als")
                // Small shuffles: the matrix is a few hundred MB even at the benchmark scale.
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, options.partitions() * 2)));
        if (options.master() != null) {
            builder.master(options.master());
        }
        if (options.eventsCsv() != null) {
            try (SparkSession spark = builder.getOrCreate()) {
                offline(spark, options);
            }
        } else {
            try (SparkSession spark = builder.getOrCreate(); ModelTables tables = ModelTables.open(options)) {
                run(spark, tables, options);
            }
        }
        System.out.printf("TrainAls finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    static void run(SparkSession spark, ModelTables tables, JobOptions options) throws SQLException, IOException {
        ModelTables.Bounds bounds = tables.interactionBounds();
        AlsParams params = AlsParams.resolve(options, tables.serviceAlsParams());
        long version = tables.begin(bounds.maxId(), params, options.now());
        System.out.printf("Model version %d: interactions %d..%d, %s%n", version, bounds.minId(), bounds.maxId(),
                params);

        Fitted fitted = fit(readEvents(spark, options, bounds), params, options);
        Dataset<Row> matrix = fitted.matrix();
        ALSModel model = fitted.model();

        // Popularity is the column sum of the undamped matrix, like the service's MostPopular.
        Dataset<Row> popularity = matrix.groupBy("shoe_id").agg(sum(col("weight").cast("double")).as("popularity"));
        Dataset<Row> itemFactors = model.itemFactors()
                .select(lit(version).as("model_version"), col("id").cast("long").as("shoe_id"),
                        col("features").as("factors"))
                .join(popularity, "shoe_id")
                .select("model_version", "shoe_id", "factors", "popularity");
        Dataset<Row> userFactors = model.userFactors().select(lit(version).as("model_version"),
                col("id").cast("long").as("user_id"), col("features").as("factors"));
        Properties jdbc = tables.writeProperties();
        itemFactors.write().mode(SaveMode.Append).jdbc(tables.writeUrl(), "als_item_factors", jdbc);
        userFactors.write().mode(SaveMode.Append).jdbc(tables.writeUrl(), "als_user_factors", jdbc);
        cooccurrence(matrix, version, options).write().mode(SaveMode.Append)
                .jdbc(tables.writeUrl(), "item_cooccurrence", jdbc);

        if (options.reportFile() != null) {
            report(spark, model, options);
        }
        tables.commit(version, fitted.users(), fitted.items(), fitted.nnz());
        System.out.printf("Model version %d committed: %d users, %d shoes, %d entries%n", version, fitted.users(),
                fitted.items(), fitted.nnz());
        matrix.unpersist();
    }

    /** The folded matrix (cached) and the ALS fitted on it. */
    record Fitted(Dataset<Row> matrix, ALSModel model, long users, long items, long nnz) {
    }

    static Fitted fit(Dataset<Row> events, AlsParams params, JobOptions options) {
        Dataset<Row> matrix = EventMatrix.fold(events, options.weights(), options.now().getEpochSecond())
                .persist(StorageLevel.MEMORY_AND_DISK());
        Row sizes = matrix.agg(count(lit(1)), countDistinct(col("user_id")), countDistinct(col("shoe_id")),
                max(col("user_id")), max(col("shoe_id"))).first();
        long nnz = sizes.getLong(0);
        long users = sizes.getLong(1);
        long items = sizes.getLong(2);
        if (nnz == 0) {
            throw new IllegalStateException("the interaction log folds to an empty matrix: nothing to train");
        }
        // MLlib's ALS takes int ids.
        if (sizes.getLong(3) > Integer.MAX_VALUE || sizes.getLong(4) > Integer.MAX_VALUE) {
            throw new IllegalStateException("user or shoe ids beyond 2^31 need a dense id mapping first");
        }
        double regParam = params.sparkRegParam(users, items, nnz, options);
        System.out.printf("Matrix: %d users x %d shoes, %d entries; %s, Spark regParam %.5f%n", users, items, nnz,
                params, regParam);
        Dataset<Row> ratings = matrix.select(col("user_id").cast("int").as("user"),
                col("shoe_id").cast("int").as("item"), log1p(col("weight")).cast("float").as("rating"));
        ALSModel model = new ALS().setImplicitPrefs(true).setRank(params.factors()).setMaxIter(params.iterations())
                .setRegParam(regParam).setAlpha(params.alpha()).setSeed(options.seed())
                .setUserCol("user").setItemCol("item").setRatingCol("rating")
                .setNumUserBlocks(options.partitions()).setNumItemBlocks(options.partitions())
                .fit(ratings);
        return new Fitted(matrix, model, users, items, nnz);
    }

    /**
     * For the offline evaluation (OfflineEvaluation --external-als): training events from a CSV export (user_id,
     * shoe_id, kind, value, epoch seconds) in, factors as text out ({@code users.txt}, {@code items.txt}: id then
     * the factors, space separated); no database. Small datasets only: the factors are collected on the driver.
     */
    static void offline(SparkSession spark, JobOptions options) throws IOException {
        StructType schema = new StructType().add("user_id", DataTypes.LongType).add("shoe_id", DataTypes.LongType)
                .add("kind", DataTypes.StringType).add("value", DataTypes.FloatType, true)
                .add("at", DataTypes.LongType);
        Fitted fitted = fit(spark.read().schema(schema).csv(options.eventsCsv()), AlsParams.resolve(options, null),
                options);
        Path out = Path.of(options.factorsOut());
        Files.createDirectories(out);
        Files.write(out.resolve("users.txt"), factorLines(fitted.model().userFactors()));
        Files.write(out.resolve("items.txt"), factorLines(fitted.model().itemFactors()));
        System.out.printf("Factors written to %s%n", out.toAbsolutePath());
    }

    private static List<String> factorLines(Dataset<Row> factors) {
        List<String> lines = new ArrayList<>();
        for (Row row : factors.collectAsList()) {
            StringBuilder line = new StringBuilder().append(row.getInt(0));
            for (Object f : row.getList(1)) {
                line.append(' ').append(f);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static Dataset<Row> readEvents(SparkSession spark, JobOptions options, ModelTables.Bounds bounds) {
        // The fold needs epoch seconds; the bounds come from the same snapshot as the model's version row, so events
        // written during the job wait for the next run.
        String query = "(SELECT id, user_id, shoe_id, kind, value, extract(epoch FROM occurred_at)::bigint AS at"
                + " FROM interactions WHERE id <= " + bounds.maxId() + ") AS events";
        Properties read = new Properties();
        read.putAll(options.user() == null ? java.util.Map.of() : java.util.Map.of("user", options.user()));
        if (options.password() != null) {
            read.put("password", options.password());
        }
        read.put("fetchsize", "10000");
        return spark.read().jdbc(options.jdbcUrl(), query, "id", bounds.minId(), bounds.maxId() + 1,
                options.partitions(), read);
    }

    /**
     * Shoes bought, liked or viewed by the same customers: for each shoe, the {@code cooccurrence-top} others sharing
     * the most customers (two at least). Each customer contributes their {@code cooccurrence-row-cap} strongest
     * entries only, so a few heavy browsers cannot blow the pair count up quadratically.
     */
    static Dataset<Row> cooccurrence(Dataset<Row> matrix, long version, JobOptions options) {
        Dataset<Row> capped = matrix
                .withColumn("r", row_number().over(Window.partitionBy("user_id")
                        .orderBy(col("weight").desc(), col("shoe_id"))))
                .where(col("r").leq(options.cooccurrenceRowCap()))
                .select("user_id", "shoe_id");
        Dataset<Row> a = capped.as("a");
        Dataset<Row> b = capped.as("b");
        Dataset<Row> pairs = a.join(b, col("a.user_id").equalTo(col("b.user_id"))
                        .and(col("a.shoe_id").notEqual(col("b.shoe_id"))))
                .groupBy(col("a.shoe_id").as("shoe_id"), col("b.shoe_id").as("other_shoe_id"))
                .agg(count(lit(1)).cast("int").as("users"))
                .where(col("users").geq(2));
        return pairs.withColumn("r", row_number().over(Window.partitionBy("shoe_id")
                        .orderBy(col("users").desc(), col("other_shoe_id"))))
                .where(col("r").leq(options.cooccurrenceTop()))
                .select(lit(version).as("model_version"), col("shoe_id"), col("other_shoe_id"), col("users"));
    }

    /** The job's own top-10 by ALS score for the named users (all shoes), one line each: user,shoe shoe ... */
    private static void report(SparkSession spark, ALSModel model, JobOptions options) throws IOException {
        Dataset<Row> wanted = spark.createDataset(options.reportUsers(), Encoders.INT()).toDF("user");
        List<String> lines = new ArrayList<>();
        for (Row row : model.recommendForUserSubset(wanted, 10).collectAsList()) {
            StringBuilder line = new StringBuilder().append(row.getInt(0)).append(',');
            List<Row> picks = row.getList(1);
            for (int i = 0; i < picks.size(); i++) {
                line.append(i == 0 ? "" : " ").append(picks.get(i).getInt(0));
            }
            lines.add(line.toString());
        }
        Files.write(Path.of(options.reportFile()), lines);
    }
}
