package io.solemate.recommend.model;

/** Scores every item by the total (time-decayed) weight it received: the same list for everyone. */
final class MostPopular implements ItemScorer {

    private final double[] popularity;

    MostPopular(double[] popularity) {
        this.popularity = popularity;
    }

    static MostPopular fit(InteractionMatrix a) {
        return new MostPopular(a.columnSums());
    }

    double[] popularity() {
        return popularity;
    }

    @Override
    public void score(int user, double[] out) {
        System.arraycopy(popularity, 0, out, 0, popularity.length);
    }
}
