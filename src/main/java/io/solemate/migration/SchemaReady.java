package io.solemate.migration;

/**
 * Fired once the database schema is migrated, at start-up or later when the database came up after the service.
 * Work that needs the schema (the demo store, the first model) observes this instead of the start-up event.
 */
public record SchemaReady() {
}
