package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.PureSvd;
import io.solemate.recommend.model.UserInfo;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fitted components of one model and the damped history they read, each scoring every shoe for one request.
 * Collaborative components are null when the history was too thin to fit them.
 */
public final class ModelParts {

    /** Stated tastes next to a history query (unit length): a nudge, not a takeover. */
    private static final float PROFILE_WEIGHT_WITH_HISTORY = 0.3f;

    private final InteractionMatrix damped;
    private final MostPopular popularity;
    private final PureSvd svd;
    private final ImplicitAls als;
    private final ContentModel content;

    /** {@code damped} is the history PureSVD folds in and content profiles are built from. */
    public ModelParts(InteractionMatrix damped, MostPopular popularity, PureSvd svd, ImplicitAls als,
                      ContentModel content) {
        this.damped = damped;
        this.popularity = popularity;
        this.svd = svd;
        this.als = als;
        this.content = content;
    }

    /**
     * The same components for one customer served without the whole history (trainer=external): their own damped
     * row as user 0 and, when the external trainer fitted them, their factors. Shares every fitted part.
     */
    ModelParts forCustomer(InteractionMatrix dampedRow, float[] factors) {
        return new ModelParts(dampedRow, popularity, null, als == null || factors == null ? null
                : als.forCustomer(factors), content);
    }

    /** Whether the component was fitted; popularity and content always are. */
    public boolean has(Component component) {
        return switch (component) {
            case PURE_SVD -> svd != null;
            case ALS -> als != null;
            case CONTENT, POPULARITY -> true;
        };
    }

    /** True when the shopper has interactions in the history the components were fitted on. */
    boolean hasHistory(int user) {
        return user >= 0 && damped.rowLength(user) > 0;
    }

    public ContentModel content() {
        return content;
    }

    public InteractionMatrix damped() {
        return damped;
    }

    /**
     * Writes the component's raw score of every shoe for the request into {@code out}; false when the component has
     * nothing to say (a collaborative one for a shopper without history, content without history or tastes).
     * {@code scope}, when set, is popularity's bit mask of shoes it may promote; others score zero.
     */
    boolean score(Component component, int user, UserInfo profile, long[] scope, Scratch scratch, double[] out) {
        switch (component) {
            case PURE_SVD -> {
                if (svd == null || !hasHistory(user)) {
                    return false;
                }
                svd.score(user, scratch.factorSums, out);
            }
            case ALS -> {
                if (als == null || !hasHistory(user)) {
                    return false;
                }
                als.score(user, scratch.factorSums, out);
            }
            case CONTENT -> {
                if (!contentQuery(hasHistory(user) ? user : -1, profile, scratch.query)) {
                    return false;
                }
                content.score(scratch.query, out);
            }
            case POPULARITY -> {
                if (scope == null) {
                    popularity.score(user, out);
                } else {
                    // A multiply by the scope bit, as a branch on it mispredicts too often.
                    for (int i = 0; i < out.length; i++) {
                        out[i] = popularity.popularity(i) * ((scope[i >>> 6] >>> i) & 1L);
                    }
                }
            }
        }
        return true;
    }

    /** Writes history vectors (unit length) plus stated tastes into {@code query}; false when there is neither. */
    private boolean contentQuery(int user, UserInfo profile, float[] query) {
        Arrays.fill(query, 0f);
        boolean any = false;
        if (user >= 0) {
            for (int k = damped.rowStart(user); k < damped.rowEnd(user); k++) {
                content.addItem(damped.colIndex(k), damped.value(k), query);
            }
            double norm = 0;
            for (float q : query) {
                norm += q * q;
            }
            if (norm > 0) {
                float inv = (float) (1 / Math.sqrt(norm));
                for (int t = 0; t < query.length; t++) {
                    query[t] *= inv;
                }
                any = true;
            }
        }
        if (profile != null && profile.hasTaste()) {
            content.addText(Catalog.document(profile), any ? PROFILE_WEIGHT_WITH_HISTORY : 1f, query);
            any = true;
        }
        return any;
    }

    /** Raw score of one shoe by the collaborative model (ALS when fitted, else PureSVD); NaN without one. */
    double collaborativeScore(int user, int item) {
        if (als != null) {
            return als.score(user, item);
        }
        return svd != null ? svd.score(user, item) : Double.NaN;
    }

    /** Heap bytes by part, for {@link ServedModel#memoryByPart()}. */
    Map<String, Long> memoryByPart() {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("collaborativeFactors",
                (svd == null ? 0 : svd.memoryBytes()) + (als == null ? 0 : als.memoryBytes()));
        parts.put("tfidfIndex", content.memoryBytes());
        parts.put("popularity", popularity.memoryBytes());
        return parts;
    }

    /** Writes each fitted component; the damped history is the served model's and is rebuilt on reading. */
    public void writeTo(DataOutput out) throws IOException {
        popularity.writeTo(out);
        out.writeBoolean(svd != null);
        if (svd != null) {
            svd.writeTo(out);
        }
        out.writeBoolean(als != null);
        if (als != null) {
            als.writeTo(out);
        }
        content.writeTo(out);
    }

    public static ModelParts readFrom(DataInput in, InteractionMatrix damped) throws IOException {
        MostPopular popularity = MostPopular.readFrom(in);
        PureSvd svd = in.readBoolean() ? PureSvd.readFrom(in, damped) : null;
        ImplicitAls als = in.readBoolean() ? ImplicitAls.readFrom(in) : null;
        return new ModelParts(damped, popularity, svd, als, ContentModel.readFrom(in));
    }
}
