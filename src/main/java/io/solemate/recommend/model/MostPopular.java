package io.solemate.recommend.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Scores every item by the total (time-decayed) weight it received: the same list for everyone. */
public final class MostPopular implements ItemScorer {

    private final double[] popularity;

    private MostPopular(double[] popularity) {
        this.popularity = popularity;
    }

    /** Popularity summed elsewhere (the Spark job reads the whole log), by dense item index. */
    public static MostPopular of(double[] popularity) {
        return new MostPopular(popularity.clone());
    }

    public static MostPopular fit(InteractionMatrix a) {
        return new MostPopular(a.columnSums());
    }

    /** The item's score (its summed weight). */
    public double popularity(int item) {
        return popularity[item];
    }

    @Override
    public void score(int user, double[] out) {
        System.arraycopy(popularity, 0, out, 0, popularity.length);
    }

    public void writeTo(DataOutput out) throws IOException {
        Binary.writeDoubles(out, popularity);
    }

    public static MostPopular readFrom(DataInput in) throws IOException {
        return new MostPopular(Binary.readDoubles(in));
    }

    public long memoryBytes() {
        return 16L + 8L * popularity.length;
    }
}
