package io.solemate.recommend.serving;

import io.solemate.recommend.model.UserInfo;
import java.util.Set;

/**
 * One recommendation request. {@code ownedShoeIds} adds shoes the caller knows the shopper owns (purchases after the
 * fit); {@code profile} is the stated profile, used for cold start and to filter popularity by gender and size.
 */
public record RecommendationQuery(int limit, ShoeFilter filter, boolean excludeOwned, Set<Long> ownedShoeIds,
                                  UserInfo profile) {

    public RecommendationQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        filter = filter == null ? ShoeFilter.none() : filter;
        ownedShoeIds = ownedShoeIds == null ? Set.of() : Set.copyOf(ownedShoeIds);
    }

    public static RecommendationQuery top(int limit) {
        return new RecommendationQuery(limit, ShoeFilter.none(), true, Set.of(), null);
    }
}
