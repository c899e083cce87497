package io.solemate.recommend.serving;

import io.solemate.recommend.model.UserInfo;
import java.util.Map;
import java.util.Set;

/**
 * Customer facts read with the model (stated profile, shoes owned), so that a recommendation is answered from
 * memory. Customers who registered after the load are looked up in the database instead.
 */
public record CustomerDirectory(Map<Long, UserInfo> profiles, Map<Long, Set<Long>> owned) {

    /** No customers in memory: a replica serving an externally trained model reads them on demand. */
    public static final CustomerDirectory EMPTY = new CustomerDirectory(Map.of(), Map.of());

    public boolean knows(long userId) {
        return profiles.containsKey(userId);
    }

    public UserInfo profile(long userId) {
        return profiles.get(userId);
    }

    public Set<Long> ownedBy(long userId) {
        return owned.getOrDefault(userId, Set.of());
    }
}
