package io.solemate.recommend.training;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoreReaderTest {

    @Inject
    StoreReader storeReader;

    @Inject
    InteractionReader interactionReader;

    @Inject
    Vertx vertx;

    @Test
    void aFitStartedOnTheEventLoopReadsTheInteractionsOnAWorker() throws Exception {
        CompletableFuture<StoreReader.Store> read = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(started -> storeReader.read(Optional.empty()).subscribe()
                .with(read::complete, read::completeExceptionally));
        assertTrue(read.get(2, TimeUnit.MINUTES).data().interactions().size() > 0);
    }

    @Test
    void theBlockingReadRefusesTheEventLoop() throws Exception {
        CompletableFuture<Object> read = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(started -> {
            try {
                read.complete(interactionReader.read(Optional.empty()));
            } catch (Exception | Error failure) {
                read.completeExceptionally(failure);
            }
        });
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> read.get(1, TimeUnit.MINUTES));
        assertInstanceOf(IllegalStateException.class, refused.getCause());
    }
}
