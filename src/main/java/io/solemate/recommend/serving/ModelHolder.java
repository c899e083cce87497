package io.solemate.recommend.serving;

import io.solemate.recommend.training.StoreFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The model every request reads: one immutable {@link ServedModel} and the customer directory of the same load, replaced
 * together in one reference write when a fit (or a load of a stored model) completes.
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

    public void swap(Serving next) {
        serving.set(next);
    }
}
