package io.solemate.startup;

/**
 * Fills an empty store before the first model is fitted. Only local builds carry one (the sample store in
 * {@code src/local/java}); production builds have none, so a production database is never seeded.
 */
public interface StoreSeed {

    /** Seeds the store when it is empty and this seed is switched on; blocking is fine (start-up thread). */
    void seedIfEmpty() throws Exception;
}
