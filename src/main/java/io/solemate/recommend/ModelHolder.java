package io.solemate.recommend;

import io.solemate.recommend.model.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The model every request reads: one immutable snapshot, replaced whole when a fit completes. */
@ApplicationScoped
public class ModelHolder {

    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    public Optional<Snapshot> current() {
        return Optional.ofNullable(current.get());
    }

    public void swap(Snapshot next) {
        current.set(next);
    }
}
