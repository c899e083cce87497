package io.solemate.aftercare.services;

import io.solemate.aftercare.ReplacementSuggestion.Candidate;
import io.solemate.aftercare.stores.CatalogueStore.Shoe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replacement candidates without a model: active, in-stock shoes of the same category and material offered in the
 * size (any size when unknown), the same gender first, then the closest in price, then the lowest id. The whole
 * catalogue is read once per run; candidate lists are cached per (shoe, size), since they depend on nothing else.
 */
final class FallbackCatalog {

    /** A shoe in one size (NaN: any size): fallback candidates depend on nothing else. */
    private record ShoeKey(long shoeId, double size) {
    }

    private record Group(String category, String material) {
    }

    private final Map<Long, Shoe> byId = new HashMap<>();
    private final Map<Group, List<Shoe>> byGroup = new HashMap<>();
    private final Map<ShoeKey, List<Candidate>> ranked = new ConcurrentHashMap<>();

    FallbackCatalog(List<Shoe> shoes) {
        for (Shoe shoe : shoes) {
            byId.put(shoe.id(), shoe);
            if (shoe.sold()) {
                byGroup.computeIfAbsent(new Group(shoe.category(), shoe.material()), g -> new ArrayList<>()).add(shoe);
            }
        }
    }

    /** The best {@code limit} candidates to replace the shoe in the size (NaN: any), excluding the shoe itself. */
    List<Candidate> candidates(long shoeId, double size, int limit) {
        return ranked.computeIfAbsent(new ShoeKey(shoeId, size), k -> rank(k, limit));
    }

    private List<Candidate> rank(ShoeKey key, int limit) {
        Shoe worn = byId.get(key.shoeId());
        if (worn == null) {
            return List.of();
        }
        Comparator<Shoe> order = Comparator.comparing((Shoe s) -> !s.gender().equals(worn.gender()))
                .thenComparingDouble(s -> Math.abs(s.price() - worn.price()))
                .thenComparingLong(Shoe::id);
        return byGroup.getOrDefault(new Group(worn.category(), worn.material()), List.of()).stream()
                .filter(s -> s.id() != worn.id() && s.offeredIn(key.size()))
                .sorted(order)
                .limit(limit)
                .map(s -> new Candidate(s.id(), s.name()))
                .toList();
    }
}
