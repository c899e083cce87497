package io.solemate.interactions.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** What ingestion did with a batch: one result per event, in the order the batch listed them. */
@RegisterForReflection
public record IngestResults(List<IngestResult> results) {
}
