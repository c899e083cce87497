package io.solemate.aftercare.services;

import io.solemate.aftercare.ReplacementDue;
import io.solemate.aftercare.ReplacementSuggestion.Candidate;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.ShoeFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replacement candidates without a model: active shoes of the same category and material that the owner may be
 * offered ({@link ReplacementPass#eligibleFor}: pairs on hand in their size, their gender or unisex), the worn shoe's
 * gender first, then the closest in price, then the lowest id. The whole catalogue is read once per run; candidate
 * lists are cached per (shoe, size, gender), since they depend on nothing else.
 */
final class FallbackCatalog {

    /** A worn shoe for an owner of one size (NaN: unknown) and gender (null: unknown). */
    private record Key(long shoeId, double size, String gender) {
    }

    private record Group(String category, String material) {
    }

    private final Map<Long, ShoeInfo> byId = new HashMap<>();
    private final Map<Group, List<ShoeInfo>> byGroup = new HashMap<>();
    private final Map<Key, List<Candidate>> ranked = new ConcurrentHashMap<>();

    FallbackCatalog(List<ShoeInfo> shoes) {
        for (ShoeInfo shoe : shoes) {
            byId.put(shoe.id(), shoe);
            if (shoe.active()) {
                byGroup.computeIfAbsent(new Group(shoe.category(), shoe.material()), g -> new ArrayList<>()).add(shoe);
            }
        }
    }

    /** The best {@code limit} candidates to replace the worn shoe for its owner, excluding the shoe itself. */
    List<Candidate> candidates(ReplacementDue due, int limit) {
        return ranked.computeIfAbsent(new Key(due.shoeId(), due.size(), due.gender()), k -> rank(due, limit));
    }

    private List<Candidate> rank(ReplacementDue due, int limit) {
        ShoeInfo worn = byId.get(due.shoeId());
        if (worn == null) {
            return List.of();
        }
        ShoeFilter eligible = ReplacementPass.eligibleFor(due);
        Comparator<ShoeInfo> order = Comparator.comparing((ShoeInfo s) -> !s.gender().equals(worn.gender()))
                .thenComparingDouble(s -> Math.abs(s.price() - worn.price()))
                .thenComparingLong(ShoeInfo::id);
        return byGroup.getOrDefault(new Group(worn.category(), worn.material()), List.of()).stream()
                .filter(s -> s.id() != worn.id() && eligible.accepts(s))
                .sorted(order)
                .limit(limit)
                .map(s -> new Candidate(s.id(), s.name(), s.styleKey()))
                .toList();
    }
}
