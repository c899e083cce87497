package io.solemate.recommend.serving;

import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.TopK;
import io.solemate.recommend.model.UserInfo;

/**
 * The first stage of a recommendation: of the shoes a request may show (active, passing its filter, not owned), the
 * few hundred the {@link Blend} could rank near the top; the blend then ranks only those. Each component the
 * shopper's blend weighs proposes its own best shoes, so the stage follows whichever components the model has:
 * <ul>
 *   <li>a factor model (ALS, PureSVD): its exact top few hundred by inner product, from one pass over the
 *       factors that the blend then reads again instead of scoring anew;</li>
 *   <li>the item-to-item model (EASE, RP3beta): its exact top few hundred, from its sparse weights out of the
 *       shopper's history;</li>
 *   <li>content: the shoes nearest by content to the shopper's strongest history entries (the neighbour lists
 *       {@link SimilarShoes} ranks when the model is built), or without history the best for their stated tastes;</li>
 *   <li>popularity: the most popular shoes in the shopper's popularity scope.</li>
 * </ul>
 * Every proposal is a shoe the request may show, so stock, size, gender and ownership hold exactly as with full
 * scoring; what changes is that min-max normalization runs over the retrieved shoes. A request with few eligible
 * shoes skips the stage: retrieval would keep most of them anyway.
 *
 * <p>Exact top-N rather than an approximate index: the factor pass over 20,000 shoes x 32 factors is one
 * vectorized loop (2.5 MB of floats) and it leaves no recall to tune. The default request of every customer in
 * memory is answered ahead of time ({@link PrecomputedAnswers}); this stage serves the others (a filter, a rule
 * turned off, more picks) and the customers the background ranking has not reached yet.
 */
public final class Retrieval {

    /**
     * How many shoes each source proposes ({@code collaborativeTop} for each collaborative component). Serving's:
     * at most 900 proposals, of which a few hundred distinct; the offline evaluation's NDCG@10 stays within 0.002 of
     * ranking every shoe (OfflineEvaluationTest).
     */
    record Sizes(int collaborativeTop, int contentTop, int historyAnchors, int neighboursPerAnchor, int popularTop,
                 int minEligible) {
        static final Sizes SERVING = new Sizes(200, 200, 20, 10, 100, 1_000);

        /** The most proposals one request can make (each collaborative model, content, popularity). */
        int maxProposals() {
            int collaborative = 0;
            for (Component component : Component.values()) {
                if (component.group() == Component.Group.COLLABORATIVE) {
                    collaborative++;
                }
            }
            return collaborative * collaborativeTop + Math.max(contentTop, historyAnchors * neighboursPerAnchor)
                    + popularTop;
        }
    }

    private final Sizes sizes;
    private final Blend blend;
    private final ModelParts parts;
    private final SimilarShoes similar;
    /** Shoe indexes, most popular first: the same for every shopper, so shared with per-customer stages. */
    private final int[] byPopularity;

    Retrieval(Sizes sizes, Blend blend, ModelParts parts, SimilarShoes similar, int shoes) {
        this(sizes, blend, parts, similar, byPopularity(parts, shoes));
        // Proposals are collected in a scratch array of one entry per shoe.
        if (sizes.minEligible() <= shoes && sizes.maxProposals() > shoes) {
            throw new IllegalArgumentException("more proposals than shoes: " + sizes);
        }
    }

    private Retrieval(Sizes sizes, Blend blend, ModelParts parts, SimilarShoes similar, int[] byPopularity) {
        this.sizes = sizes;
        this.blend = blend;
        this.parts = parts;
        this.similar = similar;
        this.byPopularity = byPopularity;
    }

    private static int[] byPopularity(ModelParts parts, int shoes) {
        double[] popularity = new double[shoes];
        for (int i = 0; i < shoes; i++) {
            popularity[i] = parts.popularity(i);
        }
        return TopK.select(popularity, shoes);
    }

    /**
     * This stage over one customer's own parts and the blend made of them ({@link ModelParts#forCustomer},
     * {@link Blend#forCustomer}): proposals come from their row and factors as user 0, never the model's user 0.
     */
    Retrieval forCustomer(Blend customerBlend, ModelParts customerParts) {
        return new Retrieval(sizes, customerBlend, customerParts, similar, byPopularity);
    }

    /** True when the stage is skipped: so few shoes are eligible that every one is ranked, whatever the limit. */
    boolean ranksEveryEligible(Candidates eligible) {
        return eligible.size() < sizes.minEligible();
    }

    /**
     * The eligible shoes worth ranking for shopper {@code user} (-1 when unknown), ascending; {@code eligible} itself
     * when it is small or when retrieval finds too few to fill {@code limit} twice over.
     */
    public Candidates retrieve(int user, UserInfo profile, Candidates eligible, int limit, Scratch scratch) {
        if (ranksEveryEligible(eligible)) {
            return eligible;
        }
        BlendWeights weights = blend.weightsFor(user);
        int picked = 0;
        for (Component component : Component.values()) {
            if (weights.weight(component) > 0 && parts.has(component)) {
                picked = propose(component, user, profile, weights, eligible, scratch, picked);
            }
        }
        // Distinct and ascending: a mask over the catalogue, read back word by word (and left clear).
        long[] mask = scratch.pickedMask;
        for (int p = 0; p < picked; p++) {
            mask[scratch.picked[p] >>> 6] |= 1L << scratch.picked[p];
        }
        int[] items = scratch.picked;
        int n = 0;
        for (int w = 0; w < mask.length; w++) {
            for (long bits = mask[w]; bits != 0; bits &= bits - 1) {
                items[n++] = (w << 6) + Long.numberOfTrailingZeros(bits);
            }
            mask[w] = 0;
        }
        return n < 2 * limit ? eligible : new Candidates(items, n);
    }

    private int propose(Component component, int user, UserInfo profile, BlendWeights weights, Candidates eligible,
                        Scratch scratch, int picked) {
        return switch (component) {
            case ALS, PURE_SVD -> {
                float[] scores = parts.factorScores(component, user, scratch);
                yield scores == null ? picked : best(scores, eligible, sizes.collaborativeTop(), scratch, picked);
            }
            case ITEM_ITEM -> itemItemBest(user, eligible, scratch, picked);
            case CONTENT -> parts.hasHistory(user)
                    ? historyNeighbours(user, eligible, scratch, picked)
                    : statedTastes(user, profile, eligible, scratch, picked);
            case POPULARITY -> popular(blend.scopeMask(user, profile, weights), eligible, scratch, picked);
        };
    }

    /** The {@code top} eligible shoes with the highest factor scores. */
    private static int best(float[] scores, Candidates eligible, int top, Scratch scratch, int picked) {
        for (int item : TopK.select(scores, eligible.items(), eligible.size(), top)) {
            scratch.picked[picked++] = item;
        }
        return picked;
    }

    /** The eligible shoes the item-to-item weights from the shopper's history score highest. */
    private int itemItemBest(int user, Candidates eligible, Scratch scratch, int picked) {
        double[] raw = scratch.raw[Component.ITEM_ITEM.ordinal()];
        return parts.score(Component.ITEM_ITEM, user, null, null, scratch, raw, eligible)
                ? bestPacked(raw, eligible, sizes.collaborativeTop(), scratch, picked) : picked;
    }

    private int historyNeighbours(int user, Candidates eligible, Scratch scratch, int picked) {
        InteractionMatrix history = parts.damped();
        int start = history.rowStart(user);
        int length = history.rowEnd(user) - start;
        double[] strength = scratch.similarity;
        for (int k = 0; k < length; k++) {
            strength[k] = history.value(start + k);
        }
        for (int anchor : TopK.select(strength, length, sizes.historyAnchors())) {
            int taken = 0;
            for (int near : similar.neighbours(history.colIndex(start + anchor))) {
                if (taken == sizes.neighboursPerAnchor()) {
                    break;
                }
                if (eligible.contains(near)) {
                    scratch.picked[picked++] = near;
                    taken++;
                }
            }
        }
        return picked;
    }

    private int statedTastes(int user, UserInfo profile, Candidates eligible, Scratch scratch, int picked) {
        double[] raw = scratch.raw[Component.CONTENT.ordinal()];
        return parts.score(Component.CONTENT, user, profile, null, scratch, raw, eligible)
                ? bestPacked(raw, eligible, sizes.contentTop(), scratch, picked) : picked;
    }

    /**
     * The {@code top} eligible shoes with the highest positive {@code raw} scores (indexed by shoe): a shoe the
     * component scores zero (most shoes, for the item-to-item model) is no proposal of its own.
     */
    private static int bestPacked(double[] raw, Candidates eligible, int top, Scratch scratch, int picked) {
        int[] items = eligible.items();
        int n = eligible.size();
        // Floats suffice to choose proposals (the blend ranks them in doubles), and they get the linear top-N.
        float[] packed = scratch.packedScores;
        int[] positive = scratch.candidatesScored;
        int m = 0;
        for (int c = 0; c < n; c++) {
            double score = raw[items[c]];
            if (score > 0) {
                packed[m] = (float) score;
                positive[m++] = items[c];
            }
        }
        for (int position : TopK.select(packed, scratch.positions, m, top)) {
            scratch.picked[picked++] = positive[position];
        }
        return picked;
    }

    /** The most popular eligible shoes inside the scope mask (all shoes when there is none). */
    private int popular(long[] scope, Candidates eligible, Scratch scratch, int picked) {
        int taken = 0;
        for (int i : byPopularity) {
            if (taken == sizes.popularTop()) {
                break;
            }
            if ((scope == null || ((scope[i >>> 6] >>> i) & 1L) != 0) && eligible.contains(i)) {
                scratch.picked[picked++] = i;
                taken++;
            }
        }
        return picked;
    }
}
