package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.solemate.recommend.RecommendConfig;
import io.solemate.recommend.StoreFixture;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which requests the precomputed answers serve, for which model, and that a newer model's answers win. */
class AnswerPrecomputerTest {

    private static final long CUSTOMER = StoreFixture.userId(5);
    private static StoreFixture store;
    private static ServedModel model;
    private static ModelHolder.Serving serving;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private AnswerPrecomputer precomputer;

    @BeforeAll
    static void fit() {
        store = new StoreFixture();
        model = store.fit();
        serving = new ModelHolder.Serving(model, store.directory(), null);
    }

    @AfterEach
    void stop() {
        if (precomputer != null) {
            precomputer.stop();
        }
    }

    /** The two settings the precomputer reads; any other call is a test error. */
    private static RecommendConfig config(int picks, int threads) {
        return (RecommendConfig) Proxy.newProxyInstance(RecommendConfig.class.getClassLoader(),
                new Class<?>[] {RecommendConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "precomputedPicks" -> picks;
                    case "precomputeThreads" -> threads;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private AnswerPrecomputer started(ModelHolder.Serving next, int picks) {
        precomputer = new AnswerPrecomputer(config(picks, 2), registry);
        precomputer.start(next);
        return precomputer;
    }

    /** The fixture's model under the next version: what a later fit of the same store serves. */
    private static ServedModel oneVersionNewer() {
        return ServedModel.restore(model.version() + 1, model.fittedAt(), model.stats(), model.catalog(),
                model.users(), model.history(), model.parts());
    }

    private static void awaitComplete(AnswerPrecomputer precomputer) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!precomputer.progress().orElseThrow().complete()) {
            assertTrue(Instant.now().isBefore(deadline), "ranked within 30 s");
            Thread.sleep(10);
        }
    }

    @Test
    void servesTheDefaultRequestOnlyAndCountsWhatItKeeps() throws InterruptedException {
        AnswerPrecomputer p = started(serving, 6);
        awaitComplete(p);
        ShoeFilter stockOnly = new ShoeFilter(null, null, null, null, null, null, true);
        assertNotNull(p.answer(serving, CUSTOMER, 6, ShoeFilter.none(), Eligibility.SELLABLE));
        assertEquals(3, p.answer(serving, CUSTOMER, 3, stockOnly, Eligibility.SELLABLE).size(),
                "repeating the stock rule asks the default request");
        assertNull(p.answer(serving, CUSTOMER, 7, ShoeFilter.none(), Eligibility.SELLABLE), "more than kept");
        assertNull(p.answer(serving, CUSTOMER, 3, new ShoeFilter("boots", null, null, null, null, null, true),
                Eligibility.SELLABLE));
        assertNull(p.answer(serving, CUSTOMER, 3, ShoeFilter.none(), Eligibility.UNRESTRICTED));
        ModelHolder.Serving otherDirectory = new ModelHolder.Serving(model, CustomerDirectory.EMPTY, null);
        assertNull(p.answer(otherDirectory, CUSTOMER, 3, ShoeFilter.none(), Eligibility.SELLABLE),
                "answers of another directory");
        assertEquals(StoreFixture.USERS, registry.get("solemate.recommendations.precomputed").gauge().value());
    }

    @Test
    void anOlderModelDoesNotReplaceANewerOnesAnswers() throws InterruptedException {
        ServedModel newer = oneVersionNewer();
        AnswerPrecomputer p = started(new ModelHolder.Serving(newer, serving.customers(), null), 4);
        PrecomputedAnswers first = p.progress().orElseThrow();
        assertEquals(newer.version(), first.modelVersion());
        p.start(serving);
        assertTrue(p.progress().orElseThrow() == first, "an older model's answers are not started");
        assertNull(p.answer(serving, CUSTOMER, 4, ShoeFilter.none(), Eligibility.SELLABLE));
        p.start(new ModelHolder.Serving(newer, serving.customers(), null));
        assertTrue(p.progress().orElseThrow() != first, "the same version again (a reload) replaces them");
        awaitComplete(p);
    }

    @Test
    void aModelWithoutCustomersInMemoryDropsThePreviousAnswers() throws InterruptedException {
        AnswerPrecomputer p = started(serving, 4);
        awaitComplete(p);
        p.start(new ModelHolder.Serving(model, CustomerDirectory.EMPTY, null));
        assertTrue(p.progress().isEmpty(), "trainer=external serves no directory: nothing to answer from");
        assertNull(p.answer(serving, CUSTOMER, 4, ShoeFilter.none(), Eligibility.SELLABLE));
    }

    @Test
    void anOlderModelWithoutCustomersInMemoryKeepsANewerOnesAnswers() throws InterruptedException {
        ServedModel newer = oneVersionNewer();
        AnswerPrecomputer p = started(new ModelHolder.Serving(newer, serving.customers(), null), 4);
        PrecomputedAnswers answers = p.progress().orElseThrow();
        // Started before its swap, which a newer model already won: it must not drop that model's answers.
        p.start(new ModelHolder.Serving(model, CustomerDirectory.EMPTY, null));
        assertTrue(p.progress().orElseThrow() == answers);
        awaitComplete(p);
    }

    @Test
    void nothingIsRankedWhenTurnedOffOrWithoutCustomersInMemory() {
        assertTrue(started(serving, 0).progress().isEmpty());
        precomputer.stop();
        AnswerPrecomputer p = started(new ModelHolder.Serving(model, CustomerDirectory.EMPTY, null), 5);
        assertTrue(p.progress().isEmpty());
        assertNull(p.answer(serving, CUSTOMER, 5, ShoeFilter.none(), Eligibility.SELLABLE));
        assertEquals(0.0, registry.get("solemate.recommendations.precomputed").gauge().value());
    }
}
