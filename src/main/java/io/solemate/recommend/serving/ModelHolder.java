package io.solemate.recommend.serving;

import io.solemate.recommend.training.StoreFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The model every request reads: one immutable {@link ServedModel} and the customer directory of the same load, replaced
 * together in one reference write when a fit (or a load of a stored model) completes. Versions only move forward: a
 * load or fit that finishes after a newer model was swapped in (a slow sync racing a local fit) is refused.
 */
@ApplicationScoped
public class ModelHolder {

    /** What is served: the model and the customer facts read with it. */
    public record Serving(ServedModel model, CustomerDirectory customers, StoreFingerprint fingerprint) {
    }

    private final AtomicReference<Serving> serving = new AtomicReference<>();

    public Optional<ServedModel> current() {
        return serving().map(Serving::model);
    }

    public Optional<Serving> serving() {
        return Optional.ofNullable(serving.get());
    }

    /**
     * Serves {@code next} unless a newer version is already served; the same version is swapped in again (a reload
     * brings a fresher customer directory). Returns whether {@code next} is now served.
     */
    public boolean swap(Serving next) {
        long version = next.model().version();
        Serving previous = serving.getAndUpdate(
                current -> current != null && current.model().version() > version ? current : next);
        return previous == null || previous.model().version() <= version;
    }
}
