package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.UserInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers ranked ahead of time are the answers ranking returns: for every customer and every limit up to the depth,
 * the kept picks equal a live ranking of the same default request, with full scoring and with retrieval leaving
 * shoes out of the catalogue.
 */
class PrecomputedAnswersTest {

    /** Retrieval proposing about a dozen of the fixture's 81 shoes: enough for limits up to 5, too few for 10. */
    private static final Retrieval.Sizes SMALL = new Retrieval.Sizes(10, 5, 3, 2, 5, 0);

    private static StoreFixture store;
    private static ServedModel fullScoring;
    private static ServedModel retrieving;
    private static CustomerDirectory directory;

    @BeforeAll
    static void fit() {
        store = new StoreFixture();
        fullScoring = store.fit();
        retrieving = fullScoring.withRetrieval(SMALL);
        // A customer of the directory unknown to the model (registered after the fit): a cold-start answer.
        CustomerDirectory fixture = store.directory();
        Map<Long, UserInfo> profiles = new HashMap<>(fixture.profiles());
        profiles.put(1L, store.users[0]);
        directory = new CustomerDirectory(profiles, fixture.owned());
    }

    private static List<Recommendation> live(ServedModel model, long userId, int limit) {
        return model.recommend(userId, new RecommendationQuery(limit, ShoeFilter.none(), Eligibility.SELLABLE,
                directory.ownedBy(userId), directory.profile(userId)));
    }

    /** The live picks as the answers keep them: scores and shares as floats. */
    private static List<Recommendation> asKept(List<Recommendation> picks) {
        List<Recommendation> kept = new ArrayList<>();
        for (Recommendation r : picks) {
            ComponentScores c = r.components();
            kept.add(new Recommendation(r.shoeId(), (float) r.score(), new ComponentScores((float) c.collaborative(),
                    (float) c.content(), (float) c.popularity()), r.reason()));
        }
        return kept;
    }

    /** Kept picks as recommendations: shoe ids, and the floats as they are kept. */
    private static List<Recommendation> asList(RankedPicks picks) {
        List<Recommendation> list = new ArrayList<>();
        for (int p = 0; p < picks.size(); p++) {
            list.add(new Recommendation(picks.shoe(p).id(), picks.score(p),
                    new ComponentScores(picks.collaborative(p), picks.content(p), picks.popularity(p)),
                    picks.reason(p)));
        }
        return list;
    }

    private static PrecomputedAnswers filled(ServedModel model, int depth) {
        PrecomputedAnswers answers = new PrecomputedAnswers(model, directory, depth);
        assertTrue(answers.fill(() -> true));
        assertTrue(answers.complete());
        return answers;
    }

    @Test
    void withFullScoringEveryAnswerIsKeptAndEveryPrefixIsTheLiveRanking() {
        PrecomputedAnswers answers = filled(fullScoring, 8);
        assertEquals(directory.profiles().size(), answers.customers());
        assertEquals(answers.customers(), answers.kept());
        for (long userId : directory.profiles().keySet()) {
            for (int limit = 1; limit <= 8; limit++) {
                assertEquals(asKept(live(fullScoring, userId, limit)), asList(answers.answer(userId, limit)),
                        "customer " + userId + ", limit " + limit);
            }
        }
    }

    @Test
    void withRetrievalOnlyAnswersWhosePrefixesHoldAreKept() {
        int kept = 0;
        int left = 0;
        for (int depth : new int[] {3, 5, 10}) {
            PrecomputedAnswers answers = filled(retrieving, depth);
            for (long userId : directory.profiles().keySet()) {
                if (answers.answer(userId, 1) == null) {
                    left++;
                    continue;
                }
                kept++;
                for (int limit = 1; limit <= depth; limit++) {
                    assertEquals(asKept(live(retrieving, userId, limit)), asList(answers.answer(userId, limit)),
                            "customer " + userId + ", depth " + depth + ", limit " + limit);
                }
            }
        }
        assertTrue(kept > 0, "some answers kept");
        assertTrue(left > 0, "some answers left to live ranking (retrieval too short for the depth)");
    }

    @Test
    void answersNothingBeyondTheDepthNorForUnknownCustomers() {
        PrecomputedAnswers answers = filled(fullScoring, 4);
        long userId = StoreFixture.userId(3);
        assertEquals(4, answers.answer(userId, 4).size());
        assertNull(answers.answer(userId, 5));
        assertNull(answers.answer(2L, 1));
        assertTrue(answers.answersFor(fullScoring, directory));
        assertFalse(answers.answersFor(retrieving, directory));
        assertFalse(answers.answersFor(fullScoring, CustomerDirectory.EMPTY));
        assertEquals(fullScoring.version(), answers.modelVersion());
        assertEquals(answers.customers() * (4L * PrecomputedAnswers.BYTES_PER_PICK + 10), answers.memoryBytes());
    }

    @Test
    void nothingIsAnsweredBeforeItIsRankedNorAfterTheRankingWasCalledOff() {
        PrecomputedAnswers answers = new PrecomputedAnswers(fullScoring, directory, 5);
        long userId = StoreFixture.userId(0);
        assertNull(answers.answer(userId, 5));
        assertFalse(answers.fill(() -> false));
        assertEquals(0, answers.done());
        assertNull(answers.answer(userId, 5));
        assertFalse(answers.complete());
    }

    @Test
    void severalThreadsFillEachCustomerOnceAndOneReportsTheEnd() throws Exception {
        PrecomputedAnswers answers = new PrecomputedAnswers(fullScoring, directory, 5);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                runs.add(pool.submit(() -> answers.fill(() -> true)));
            }
            int finished = 0;
            for (Future<Boolean> run : runs) {
                finished += run.get() ? 1 : 0;
            }
            assertEquals(1, finished);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(answers.customers(), answers.done());
        assertEquals(answers.customers(), answers.kept());
        for (long userId : directory.profiles().keySet()) {
            assertNotNull(answers.answer(userId, 5), "customer " + userId);
        }
    }

    @Test
    void equalReasonsAreOneInstance() {
        PrecomputedAnswers answers = filled(fullScoring, 8);
        Map<Reason, Reason> seen = new HashMap<>();
        int shared = 0;
        for (long userId : directory.profiles().keySet()) {
            for (Recommendation pick : asList(answers.answer(userId, 8))) {
                Reason first = seen.putIfAbsent(pick.reason(), pick.reason());
                if (first != null) {
                    assertTrue(first == pick.reason(), "equal reasons share one instance: " + first);
                    shared++;
                }
            }
        }
        assertTrue(shared > 0);
    }

    @Test
    void refusesDepthsOutsideOneByte() {
        assertThrows(IllegalArgumentException.class, () -> new PrecomputedAnswers(fullScoring, directory, 0));
        assertThrows(IllegalArgumentException.class, () -> new PrecomputedAnswers(fullScoring, directory, 128));
        assertEquals(1, new PrecomputedAnswers(fullScoring, directory, 1).depth());
        assertEquals(127, new PrecomputedAnswers(fullScoring, directory, 127).depth());
    }

    @Test
    void manyChunksOnSeveralThreadsAnswerEveryCustomerAsRankingDoes() throws Exception {
        // 700 customers registered after the fit (cold start) beside the fixture's: three chunks of customers.
        Map<Long, UserInfo> profiles = new HashMap<>(directory.profiles());
        for (long id = 1_000_000; id < 1_000_700; id++) {
            profiles.put(id, store.users[(int) (id % StoreFixture.USERS)]);
        }
        CustomerDirectory many = new CustomerDirectory(profiles, directory.owned());
        PrecomputedAnswers answers = new PrecomputedAnswers(fullScoring, many, 3);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = pool.submit(() -> answers.fill(() -> true));
            Future<Boolean> b = pool.submit(() -> answers.fill(() -> true));
            assertTrue(a.get() ^ b.get(), "exactly one call reports the end");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(profiles.size(), answers.done());
        assertEquals(profiles.size(), answers.kept());
        for (long userId : new long[] {StoreFixture.userId(0), 1_000_000, 1_000_299, 1_000_699}) {
            assertEquals(asKept(fullScoring.recommend(userId, new RecommendationQuery(3, ShoeFilter.none(),
                    Eligibility.SELLABLE, many.ownedBy(userId), many.profile(userId)))),
                    asList(answers.answer(userId, 3)), "customer " + userId);
        }
    }
}
