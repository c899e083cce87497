package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import java.util.List;

/**
 * The shoes most like one shoe as the served model answered: its version, its catalogue (the facts of the shoes as of
 * the fit) and the shoes with their similarity, most similar first.
 */
public record SimilarAnswer(long shoeId, long modelVersion, Catalog catalog, List<ScoredShoe> shoes) {

    /** The catalogue index of the {@code i}-th similar shoe. */
    public int shoeIndex(int i) {
        return catalog.index().indexOf(shoes.get(i).shoeId());
    }
}
