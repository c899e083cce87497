package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemToItem;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.PureSvd;
import io.solemate.recommend.model.UserInfo;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fitted components of one model and the damped history they read, each scoring every shoe for one request.
 * Collaborative components are null when the history was too thin to fit them (or the blend does not weigh them).
 * PureSVD and the item-to-item model read the history with the decay chosen for them, which may differ from the
 * served one; content profiles read the served one.
 */
public final class ModelParts {

    /** Stated tastes next to a history query (unit length): a nudge, not a takeover. */
    private static final float PROFILE_WEIGHT_WITH_HISTORY = 0.3f;

    private final InteractionMatrix damped;
    private final MostPopular popularity;
    private final PureSvd svd;
    private final ImplicitAls als;
    private final ItemToItem itemItem;
    private final ContentModel content;

    /** {@code damped} is the served history: who has one, and what content profiles are built from. */
    public ModelParts(InteractionMatrix damped, MostPopular popularity, PureSvd svd, ImplicitAls als,
                      ItemToItem itemItem, ContentModel content) {
        this.damped = damped;
        this.popularity = popularity;
        this.svd = svd;
        this.als = als;
        this.itemItem = itemItem;
        this.content = content;
    }

    /**
     * The same components for one customer served without the whole history (trainer=external): their own damped
     * row as user 0 and, when the external trainer fitted them, their factors. Shares every fitted part.
     */
    ModelParts forCustomer(InteractionMatrix dampedRow, float[] factors) {
        return new ModelParts(dampedRow, popularity, null, als == null || factors == null ? null
                : als.forCustomer(factors), null, content);
    }

    /** Whether the component was fitted; popularity and content always are. */
    public boolean has(Component component) {
        return switch (component) {
            case PURE_SVD -> svd != null;
            case ALS -> als != null;
            case ITEM_ITEM -> itemItem != null;
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

    /** Popularity's raw score of one shoe, the same for everyone. */
    double popularity(int item) {
        return popularity.popularity(item);
    }

    /**
     * Writes the component's raw score of each candidate for the request into {@code out} (indexed by shoe; other
     * entries are left as they were); false when the component has nothing to say (a collaborative one for a
     * shopper without history, content without history or tastes). {@code scope}, when set, is popularity's bit
     * mask of shoes it may promote; others score zero.
     */
    boolean score(Component component, int user, UserInfo profile, long[] scope, Scratch scratch, double[] out,
                  Candidates candidates) {
        int[] items = candidates.items();
        int n = candidates.size();
        switch (component) {
            case PURE_SVD, ALS -> {
                float[] all = factorScores(component, user, scratch);
                if (all == null) {
                    return false;
                }
                for (int c = 0; c < n; c++) {
                    out[items[c]] = all[items[c]];
                }
            }
            case ITEM_ITEM -> {
                double[] all = itemItemScores(user, scratch);
                if (all == null) {
                    return false;
                }
                for (int c = 0; c < n; c++) {
                    out[items[c]] = all[items[c]];
                }
            }
            case CONTENT -> {
                float[] query = scratch.query;
                if (!contentQuery(hasHistory(user) ? user : -1, profile, query)) {
                    return false;
                }
                // Whichever reads less: the postings of the query's terms, or the candidates' own terms.
                if (content.postings(query) < (long) content.termEntries() * n / content.items()) {
                    content.score(query, out);
                } else {
                    content.score(query, items, n, out);
                }
            }
            case POPULARITY -> {
                for (int c = 0; c < n; c++) {
                    int i = items[c];
                    // A multiply by the scope bit, as a branch on it mispredicts too often.
                    out[i] = scope == null ? popularity.popularity(i)
                            : popularity.popularity(i) * ((scope[i >>> 6] >>> i) & 1L);
                }
            }
        }
        return true;
    }

    /**
     * A factor component's score of every shoe for a shopper with history, as floats, or null when the component
     * was not fitted or the shopper has no history. One pass over the factors per shopper and scratch: retrieval
     * and the blend share it.
     */
    float[] factorScores(Component component, int user, Scratch scratch) {
        if (!hasHistory(user) || component == Component.ALS && als == null
                || component == Component.PURE_SVD && svd == null) {
            return null;
        }
        int c = component.ordinal();
        if (scratch.factorScoresOf[c] != user || scratch.factorScoresFrom[c] != this) {
            if (scratch.factorScores[c] == null) {
                scratch.factorScores[c] = new float[damped.cols()];
            }
            switch (component) {
                case ALS -> als.scoreAll(user, scratch.factorScores[c]);
                case PURE_SVD -> svd.scoreAll(user, scratch.factorScores[c]);
                default -> throw new IllegalArgumentException(component + " has no factors");
            }
            scratch.factorScoresOf[c] = user;
            scratch.factorScoresFrom[c] = this;
        }
        return scratch.factorScores[c];
    }

    /**
     * The item-to-item score of every shoe for a shopper with history, or null without the component or history.
     * One pass over the shopper's history per shopper and scratch, as for {@link #factorScores}: retrieval's
     * proposals and the blend read the same scores.
     */
    private double[] itemItemScores(int user, Scratch scratch) {
        if (itemItem == null || !hasHistory(user)) {
            return null;
        }
        if (scratch.itemItemOf != user || scratch.itemItemFrom != this) {
            if (scratch.itemItemScores == null) {
                scratch.itemItemScores = new double[damped.cols()];
            }
            itemItem.score(user, scratch.itemItemScores);
            scratch.itemItemOf = user;
            scratch.itemItemFrom = this;
        }
        return scratch.itemItemScores;
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

    /**
     * Raw score of one shoe by the collaborative model (ALS when fitted, else the item-to-item one, else PureSVD);
     * NaN without one.
     */
    double collaborativeScore(int user, int item) {
        if (als != null) {
            return als.score(user, item);
        }
        if (itemItem != null) {
            return itemItem.score(user, item);
        }
        return svd != null ? svd.score(user, item) : Double.NaN;
    }

    /**
     * How the collaborative component the blend weighs most ties a history shoe to a pick, for naming what a
     * collaborative pick rests on: the item-to-item weight, or the inner product of the two shoes' factors (Hu, Koren
     * and Volinsky 2008, section 5, read a factor score as a sum of such item-item terms over the history). Null
     * when the blend weighs no fitted collaborative component.
     */
    Reasons.Affinity collaborativeAffinity(BlendWeights weights) {
        Component strongest = null;
        for (Component component : Component.values()) {
            if (component.group() == Component.Group.COLLABORATIVE && has(component) && weights.weight(component) > 0
                    && (strongest == null || weights.weight(component) > weights.weight(strongest))) {
                strongest = component;
            }
        }
        if (strongest == null) {
            return null;
        }
        return switch (strongest) {
            case ITEM_ITEM -> itemItem::weight;
            case ALS -> als.itemFactors()::dot;
            case PURE_SVD -> svd.factors()::dot;
            default -> throw new IllegalStateException(strongest + " is not collaborative");
        };
    }

    /** Heap bytes by part, for {@link ServedModel#memoryByPart()}. */
    Map<String, Long> memoryByPart() {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("collaborativeFactors",
                (svd == null ? 0 : svd.memoryBytes()) + (als == null ? 0 : als.memoryBytes()));
        parts.put("itemItemWeights", itemItem == null ? 0 : itemItem.memoryBytes());
        long ownHistories = 0;
        for (InteractionMatrix history : ownHistories()) {
            ownHistories += history.memoryBytes();
        }
        parts.put("componentHistories", ownHistories);
        parts.put("tfidfIndex", content.memoryBytes());
        parts.put("popularity", popularity.memoryBytes());
        return parts;
    }

    /** The histories components read that are not the served one, each once. */
    private List<InteractionMatrix> ownHistories() {
        List<InteractionMatrix> own = new ArrayList<>();
        for (InteractionMatrix history : new InteractionMatrix[] {svd == null ? null : svd.history(),
            itemItem == null ? null : itemItem.history()}) {
            if (history != null && history != damped && !own.contains(history)) {
                own.add(history);
            }
        }
        return own;
    }

    /**
     * Writes each fitted component, and the histories components read other than the served one (which is the
     * served model's and is rebuilt on reading).
     */
    public void writeTo(DataOutput out) throws IOException {
        List<InteractionMatrix> own = ownHistories();
        out.writeInt(own.size());
        for (InteractionMatrix history : own) {
            history.writeTo(out);
        }
        popularity.writeTo(out);
        out.writeBoolean(svd != null);
        if (svd != null) {
            out.writeInt(own.indexOf(svd.history()));
            svd.writeTo(out);
        }
        out.writeBoolean(als != null);
        if (als != null) {
            als.writeTo(out);
        }
        out.writeBoolean(itemItem != null);
        if (itemItem != null) {
            out.writeInt(own.indexOf(itemItem.history()));
            itemItem.writeTo(out);
        }
        content.writeTo(out);
    }

    public static ModelParts readFrom(DataInput in, InteractionMatrix damped) throws IOException {
        InteractionMatrix[] own = new InteractionMatrix[in.readInt()];
        for (int h = 0; h < own.length; h++) {
            own[h] = InteractionMatrix.readFrom(in);
        }
        MostPopular popularity = MostPopular.readFrom(in);
        PureSvd svd = in.readBoolean() ? PureSvd.readFrom(in, history(in.readInt(), own, damped)) : null;
        ImplicitAls als = in.readBoolean() ? ImplicitAls.readFrom(in) : null;
        ItemToItem itemItem = in.readBoolean() ? ItemToItem.readFrom(in, history(in.readInt(), own, damped)) : null;
        return new ModelParts(damped, popularity, svd, als, itemItem, ContentModel.readFrom(in));
    }

    private static InteractionMatrix history(int index, InteractionMatrix[] own, InteractionMatrix damped) {
        return index < 0 ? damped : own[index];
    }
}
