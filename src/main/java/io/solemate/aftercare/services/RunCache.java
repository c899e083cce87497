package io.solemate.aftercare.services;

import io.smallrye.mutiny.Uni;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.serving.ShoeFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one run of the job shares between its batches: the model as the run started (a refit mid-run does not mix
 * two models), similar-shoe lists per shoe, and the fallback catalogue, read at most once, when a batch first needs
 * it.
 */
public final class RunCache {

    /** Similar shoes kept per worn shoe before the size filter: enough for the re-ranking pool in most sizes. */
    private static final int SIMILAR_PER_SHOE = 200;
    /** In stock in some size; each owner's size and gender are applied per purchase. */
    private static final ShoeFilter IN_STOCK = new ShoeFilter(null, null, null, null, null, null, true);

    private final Optional<ServedModel> model;
    private final Map<Long, List<ShoeInfo>> similar = new ConcurrentHashMap<>();
    private final Uni<FallbackCatalog> fallback;

    RunCache(Optional<ServedModel> model, Uni<FallbackCatalog> fallback) {
        this.model = model;
        this.fallback = fallback.memoize().indefinitely();
    }

    boolean modelKnows(long shoeId) {
        return model.isPresent() && model.get().knowsShoe(shoeId);
    }

    /** The model of the run; only when it {@link #modelKnows} a shoe. */
    ServedModel model() {
        return model.orElseThrow();
    }

    /** The fallback catalogue, read by the first batch that asks. */
    Uni<FallbackCatalog> fallback() {
        return fallback;
    }

    /**
     * The in-stock shoes most similar to the worn one, most similar first, every colourway (its own style's too: a
     * replacement may offer the style it replaces). Similarity scans the whole catalogue, so it is computed once per
     * shoe and filtered by size and gender per purchase.
     */
    List<ShoeInfo> similar(long shoeId) {
        ServedModel served = model();
        return similar.computeIfAbsent(shoeId, id -> served
                .similar(id, SIMILAR_PER_SHOE, IN_STOCK, true).stream()
                .map(s -> served.shoe(s.shoeId()))
                .toList());
    }
}
