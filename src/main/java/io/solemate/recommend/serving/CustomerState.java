package io.solemate.recommend.serving;

import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.UserInfo;
import java.util.Set;

/**
 * What serving needs of one customer when the model's history is not in memory (trainer=external), read by primary
 * key on demand: stated profile, shoes owned, their recent history as a single row (raw and damped, no column
 * form) and their factors from the external trainer (null when it has not seen them yet).
 */
public record CustomerState(UserInfo profile, Set<Long> owned, InteractionMatrix history, InteractionMatrix damped,
                            float[] factors) {

    public boolean hasHistory() {
        return damped.rowLength(0) > 0;
    }

    /** Heap bytes, roughly: what one cache entry costs. */
    public long memoryBytes() {
        // The damped row shares the raw row's index arrays: only its values are its own.
        return 200 + 48L * owned.size() + history.memoryBytes() + 4L * damped.nnz()
                + (factors == null ? 0 : 16 + 4L * factors.length);
    }
}
