package io.solemate.recommend.training;

/**
 * What a model was fitted on, in a few numbers: when none has changed there is nothing new to learn.
 * {@code sizesInStock} counts the sizes of active shoes with pairs on hand, since the served model holds them to
 * recommend only what is in stock. Stored with each model as {@link #encoded()}.
 */
public record StoreFingerprint(long maxInteractionId, long shoes, long sizesInStock, long maxUserId,
        long maxPurchaseId) {

    public String encoded() {
        return maxInteractionId + ":" + shoes + ":" + sizesInStock + ":" + maxUserId + ":" + maxPurchaseId;
    }

    public static StoreFingerprint decode(String text) {
        String[] parts = text.split(":");
        return new StoreFingerprint(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                Long.parseLong(parts[3]), Long.parseLong(parts[4]));
    }
}
