package io.solemate.interactions.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.UUID;

/** What ingestion did with one event: its row id, and whether it had already been recorded. */
@RegisterForReflection
public record IngestResult(UUID clientEventId, long interactionId, boolean duplicate) {
}
