package io.solemate.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PostgresResource} once for every {@code @QuarkusTest}. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
public final class TestDatabase {

    private TestDatabase() {
    }
}
