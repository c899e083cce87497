package io.solemate.recommend.serving;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Every customer's answer to the default request, ranked ahead of time for one served model and its customer
 * directory: no filter, every {@link Eligibility#SELLABLE} rule, up to {@code depth} picks (Gorse's per-user cache
 * of recommendations). A request for at most {@code depth} picks with the defaults reads its answer here instead of
 * ranking; any other request (a filter, a rule turned off, more picks, a customer not filled yet or unknown to the
 * directory) is ranked as before.
 *
 * <p>Exact, not approximate: an answer is kept only where a request for fewer picks ranks the same candidates
 * ({@link ServedModel#defaultAnswer}), so the first {@code limit} picks kept are what ranking that request returns,
 * reasons included; scores and shares are kept as floats, which is how the API writes them. Nothing goes stale: the
 * served model and the directory are themselves a snapshot of the store at the fit, as live ranking reads them.
 *
 * <p>Filled in the background after the model is served ({@link #fill}, by any number of threads), each customer
 * published on its own, so requests read the answers filled so far. Memory: {@link #BYTES_PER_PICK} bytes per pick
 * kept plus one per customer, about 0.5 GB per million customers at depth 20; reasons are shared between customers
 * (the same anchor and event make the same sentence).
 */
public final class PrecomputedAnswers {

    /** A shoe index, a score and three shares as floats, and a reason reference (compressed). */
    public static final int BYTES_PER_PICK = 4 + 4 + 3 * 4 + 4;
    private static final VarHandle STATE = MethodHandles.arrayElementVarHandle(byte[].class);
    private static final byte PENDING = 0;
    private static final byte KEPT = 1;
    /** Ranked live: a shorter request could rank other candidates. */
    private static final byte LIVE = 2;
    private static final int CHUNK = 256;

    private final ServedModel model;
    private final CustomerDirectory customers;
    /** The directory's customers, ascending: slot i holds the answer of {@code customerIds[i]}. */
    private final long[] customerIds;
    private final int depth;
    private final int[] items;
    private final float[] scores;
    private final float[] shares;
    private final Reason[] reasons;
    private final byte[] lengths;
    private final byte[] states;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();
    /** Equal reasons share one instance while filling; dropped once every customer is done. */
    private volatile Map<Reason, Reason> distinctReasons = new ConcurrentHashMap<>();

    /** Room for every customer of {@code customers} at {@code depth} (1..127) picks; nothing filled yet. */
    public PrecomputedAnswers(ServedModel model, CustomerDirectory customers, int depth) {
        if (depth < 1 || depth > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("depth must be 1.." + Byte.MAX_VALUE + ": " + depth);
        }
        this.model = model;
        this.customers = customers;
        this.depth = depth;
        this.customerIds = customers.profiles().keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int slots = Math.multiplyExact(customerIds.length, depth);
        this.items = new int[slots];
        this.scores = new float[slots];
        this.shares = new float[Math.multiplyExact(slots, 3)];
        this.reasons = new Reason[slots];
        this.lengths = new byte[customerIds.length];
        this.states = new byte[customerIds.length];
    }

    /** True when these answers were ranked for the model and directory of {@code serving}. */
    public boolean answersFor(ServedModel servedModel, CustomerDirectory directory) {
        return model == servedModel && customers == directory;
    }

    public long modelVersion() {
        return model.version();
    }

    public int depth() {
        return depth;
    }

    public int customers() {
        return customerIds.length;
    }

    /** Customers whose answer was ranked (kept or left to live ranking). */
    public int done() {
        return done.get();
    }

    /** Customers whose answer is kept. */
    public int kept() {
        return kept.get();
    }

    public boolean complete() {
        return done.get() == customerIds.length;
    }

    /** Estimated heap bytes of the kept answers (reasons shared between customers not counted). */
    public long memoryBytes() {
        return (long) items.length * BYTES_PER_PICK + 10L * customerIds.length;
    }

    /**
     * Ranks customers chunk by chunk until every one is done or {@code stillWanted} turns false (a newer model was
     * served); safe to run on several threads at once. Returns true on the one call that finished the last chunk.
     */
    public boolean fill(BooleanSupplier stillWanted) {
        int chunk;
        while (stillWanted.getAsBoolean() && (chunk = nextChunk.getAndIncrement()) * CHUNK < customerIds.length) {
            int end = Math.min(customerIds.length, (chunk + 1) * CHUNK);
            for (int slot = chunk * CHUNK; slot < end; slot++) {
                fillOne(slot);
            }
            if (done.addAndGet(end - chunk * CHUNK) == customerIds.length) {
                distinctReasons = null;
                return true;
            }
        }
        return false;
    }

    private void fillOne(int slot) {
        long userId = customerIds[slot];
        Recommendation[] answer = model.defaultAnswer(userId, customers.profile(userId), customers.ownedBy(userId),
                depth);
        if (answer == null) {
            STATE.setRelease(states, slot, LIVE);
            return;
        }
        Map<Reason, Reason> shared = distinctReasons;
        int base = slot * depth;
        for (int p = 0; p < answer.length; p++) {
            Recommendation pick = answer[p];
            items[base + p] = model.catalog().index().indexOf(pick.shoeId());
            scores[base + p] = (float) pick.score();
            ComponentScores parts = pick.components();
            shares[3 * (base + p)] = (float) parts.collaborative();
            shares[3 * (base + p) + 1] = (float) parts.content();
            shares[3 * (base + p) + 2] = (float) parts.popularity();
            reasons[base + p] = shared == null ? pick.reason() : shared.computeIfAbsent(pick.reason(), r -> r);
        }
        lengths[slot] = (byte) answer.length;
        // Published per customer: a request that reads KEPT sees every array write above.
        STATE.setRelease(states, slot, KEPT);
        kept.incrementAndGet();
    }

    /**
     * The customer's first {@code limit} picks of the default request when kept (scores and shares as floats), read
     * in place, or null: unknown customer, not filled yet, more picks than kept, or an answer left to live ranking.
     */
    public RankedPicks answer(long userId, int limit) {
        if (limit > depth) {
            return null;
        }
        int slot = Arrays.binarySearch(customerIds, userId);
        if (slot < 0 || (byte) STATE.getAcquire(states, slot) != KEPT) {
            return null;
        }
        return new RankedPicks(model.catalog(), items, scores, shares, reasons, slot * depth,
                Math.min(limit, lengths[slot]));
    }
}
