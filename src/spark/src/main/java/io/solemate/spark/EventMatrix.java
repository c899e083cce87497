package io.solemate.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Folds the interaction log into one entry per (user, shoe), exactly as the service's {@code InteractionMatrix.of}
 * does: each event weighed by kind and decayed by age, weights summed per pair, the strongest kind kept, and a
 * return at or after the pair's last purchase cancelling the pair. Both sides are checked against the same fixture.
 *
 * <p>Input columns: {@code user_id} bigint, {@code shoe_id} bigint, {@code kind} text, {@code value} real (ratings),
 * {@code at} bigint epoch seconds. Output: {@code user_id}, {@code shoe_id}, {@code weight} (float, before damping),
 * {@code strength} (0 view, 1 rating, 2 like, 3 cart, 4 purchase: the service's order of strength).
 */
public final class EventMatrix {

    static final String[] KIND_BY_STRENGTH = {"view", "rating", "like", "cart", "purchase"};

    private EventMatrix() {
    }

    public static Dataset<Row> fold(Dataset<Row> events, EventWeights w, long nowEpochSecond) {
        Column kind = col("kind");
        Column base = when(kind.equalTo("view"), lit(w.view()))
                .when(kind.equalTo("like"), lit(w.like()))
                .when(kind.equalTo("cart"), lit(w.cart()))
                .when(kind.equalTo("purchase"), lit(w.purchase()))
                .when(kind.equalTo("rating"), when(col("value").isNull().or(col("value").leq(2)), lit(0f))
                        .otherwise(col("value").multiply(lit(w.ratingPerStar()))))
                .otherwise(lit(0f));
        Column decay = w.halfLifeDays() <= 0 ? lit(1.0)
                : pow(lit(0.5), greatest(lit(0L), lit(nowEpochSecond).minus(col("at")))
                        .divide(86_400.0).divide(w.halfLifeDays()));
        // The service weighs each event in double and keeps it as a float, then sums in double.
        Column weight = base.cast("double").multiply(decay).cast("float");
        Column strength = when(kind.equalTo("view"), lit(0)).when(kind.equalTo("rating"), lit(1))
                .when(kind.equalTo("like"), lit(2)).when(kind.equalTo("cart"), lit(3))
                .when(kind.equalTo("purchase"), lit(4));
        return events
                .withColumn("w", weight)
                .groupBy("user_id", "shoe_id")
                .agg(sum(col("w").cast("double")).as("total"),
                        max(when(col("w").gt(0).and(kind.notEqual("return")), strength)).as("strength"),
                        max(when(kind.equalTo("purchase"), col("at"))).as("last_purchase"),
                        max(when(kind.equalTo("return"), col("at"))).as("last_return"))
                .where(col("total").gt(0).and(col("strength").isNotNull())
                        .and(col("last_return").isNull().or(col("last_purchase").isNotNull()
                                .and(col("last_return").lt(col("last_purchase"))))))
                .select(col("user_id"), col("shoe_id"), col("total").cast("float").as("weight"), col("strength"));
    }
}
