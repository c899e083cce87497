package io.solemate.recommend.serving;

/** Weighted, normalized contributions of each component; they add up to the recommendation's score. */
public record ComponentScores(double collaborative, double content, double popularity) {

    public double total() {
        return collaborative + content + popularity;
    }
}
