package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.UserInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shoes a request may show, read from cached filter masks, against the rules applied shoe by shoe. */
class CandidatesTest {

    private static final List<ShoeFilter> FILTERS = List.of(
            ShoeFilter.none(),
            new ShoeFilter(null, null, null, null, null, null, true),
            new ShoeFilter(null, null, "women", null, null, 41f, true),
            new ShoeFilter("boots", null, null, null, null, 39f, false),
            new ShoeFilter(null, "stride", "men", 50.0, 90.0, null, false));

    private static StoreFixture store;
    private static ServedModel model;

    @BeforeAll
    static void fit() {
        store = new StoreFixture();
        model = store.fit();
    }

    @Test
    void candidatesAreTheActiveShoesTheFilterAdmitsOfNoOwnedStyleAscending() {
        Catalog catalog = model.catalog();
        InteractionMatrix history = model.history();
        ShoeMasks<ShoeFilter> masks = new ShoeMasks<>(filter -> filter.mask(catalog, true));
        Scratch scratch = model.blend().newScratch();
        int checked = 0;
        for (int u = 0; u < StoreFixture.USERS; u += 5) {
            int user = model.users().indexOf(StoreFixture.userId(u));
            Set<Long> named = Set.of(store.shoes[(3 * u) % store.shoes.length].id());
            for (ShoeFilter filter : FILTERS) {
                for (UserInfo profile : new UserInfo[] {null, store.users[u]}) {
                    for (Eligibility eligibility : new Eligibility[] {Eligibility.SELLABLE, Eligibility.UNRESTRICTED}) {
                        RecommendationQuery query = new RecommendationQuery(5, filter, eligibility, named, profile);
                        Candidates got = Candidates.forRequest(catalog, masks, history, user, query, scratch);
                        List<Integer> expected = expected(catalog, history, user, query);
                        List<Integer> actual = new ArrayList<>();
                        for (int c = 0; c < got.size(); c++) {
                            actual.add(got.items()[c]);
                        }
                        assertEquals(expected, actual, "user " + u + ", " + filter + ", " + eligibility);
                        checked += expected.isEmpty() || expected.size() == catalog.size() ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(checked > 50, "the rules left some shoes out in most requests");
        assertTrue(masks.cachedCount() <= FILTERS.size() * (StoreFixture.USERS + 1), "one mask per distinct filter");
    }

    /** The rules one shoe at a time, as they read in Eligibility and ShoeFilter. */
    private static List<Integer> expected(Catalog catalog, InteractionMatrix history, int user,
                                          RecommendationQuery query) {
        Eligibility eligibility = query.eligibility();
        ShoeFilter filter = eligibility.filterFor(query.filter(), query.profile());
        Set<Integer> ownedStyles = new HashSet<>();
        if (eligibility.excludeOwnedStyles()) {
            for (Long id : query.ownedShoeIds()) {
                ownedStyles.add(catalog.styleOf(catalog.index().indexOf(id)));
            }
            for (int k = history.rowStart(user); user >= 0 && k < history.rowEnd(user); k++) {
                if (history.strongestKind(k) == EventKind.PURCHASE) {
                    ownedStyles.add(catalog.styleOf(history.colIndex(k)));
                }
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            if (catalog.shoe(i).active() && filter.accepts(catalog.shoe(i)) && !ownedStyles.contains(catalog.styleOf(i))) {
                expected.add(i);
            }
        }
        return expected;
    }

    @Test
    void masksAreComputedOncePerKeyUpToTheBoundAndNoMaskIsNotCached() {
        AtomicInteger computed = new AtomicInteger();
        ShoeMasks<Integer> masks = new ShoeMasks<>(key -> {
            computed.incrementAndGet();
            return key < 0 ? null : new long[] {key};
        });
        long[] first = masks.of(7);
        assertSame(first, masks.of(7));
        assertEquals(1, computed.get());
        assertNull(masks.of(-1));
        assertNull(masks.of(-1));
        assertEquals(3, computed.get(), "a null answer is asked again");
        for (int key = 0; key < ShoeMasks.MAX_CACHED + 10; key++) {
            masks.of(key);
        }
        assertEquals(ShoeMasks.MAX_CACHED, masks.cachedCount());
        int before = computed.get();
        assertArrayEquals(new long[] {ShoeMasks.MAX_CACHED + 5}, masks.of(ShoeMasks.MAX_CACHED + 5));
        assertEquals(before + 1, computed.get(), "past the bound a mask is computed per request");
    }
}
