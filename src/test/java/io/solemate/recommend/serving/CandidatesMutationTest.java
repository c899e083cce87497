package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ShoeInfo;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Membership of a request's candidates over 70 shoes, two words of the mask (a new class: Candidates is being
 * rewritten by the lead): every third shoe is a boot, and boot 66 is inactive.
 */
class CandidatesMutationTest {

    @Test
    void containsAnswersForEveryShoeFromTheMaskAsFromTheList() {
        ShoeInfo[] shoes = new ShoeInfo[70];
        for (int i = 0; i < shoes.length; i++) {
            shoes[i] = new ShoeInfo(i, null, null, i % 3 == 0 ? "boots" : "sandals", null, null, null, null, 10, true,
                    i != 66, null);
        }
        Catalog catalog = new Catalog(shoes);
        RecommendationQuery boots = new RecommendationQuery(5,
                new ShoeFilter("boots", null, null, null, null, null, false), Eligibility.UNRESTRICTED, Set.of(), null);
        Candidates candidates = Candidates.forRequest(catalog, new ShoeMasks<>(filter -> filter.mask(catalog, true)),
                new InteractionMatrix.Builder(1, 70).build(), -1, boots, new Scratch(70, 1, catalog.styleCount()));
        int[] expected = IntStream.range(0, 70).filter(i -> i % 3 == 0 && i != 66).toArray();
        assertArrayEquals(expected, Arrays.copyOf(candidates.items(), candidates.size()));
        Candidates listed = new Candidates(expected, expected.length);
        for (int i = 0; i < 70; i++) {
            boolean boot = i % 3 == 0 && i != 66;
            assertEquals(boot, candidates.contains(i), "mask, shoe " + i);
            assertEquals(boot, listed.contains(i), "list, shoe " + i);
        }
    }
}
