package io.solemate.recommend.serving;

import io.solemate.recommend.model.UserInfo;
import java.util.Set;

/**
 * One recommendation request. {@code ownedShoeIds} adds shoes the caller knows the shopper owns (purchases after the
 * fit); {@code profile} is the stated profile, used for cold start, for the {@link Eligibility} rules on gender and
 * size, and to scope popularity.
 */
public record RecommendationQuery(int limit, ShoeFilter filter, Eligibility eligibility, Set<Long> ownedShoeIds,
                                  UserInfo profile) {

    public RecommendationQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        filter = filter == null ? ShoeFilter.none() : filter;
        eligibility = eligibility == null ? Eligibility.SELLABLE : eligibility;
        ownedShoeIds = ownedShoeIds == null ? Set.of() : Set.copyOf(ownedShoeIds);
    }

    public static RecommendationQuery top(int limit) {
        return new RecommendationQuery(limit, ShoeFilter.none(), Eligibility.SELLABLE, Set.of(), null);
    }
}
