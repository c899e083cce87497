package io.solemate.interactions.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.solemate.errors.InvalidInput;
import io.solemate.interactions.services.InteractionService;
import io.solemate.web.JsonProblems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/interactions")
@Tag(name = "Interactions")
public class InteractionResource {

    /** Largest batch accepted in one request (and one transaction). */
    public static final int MAX_BATCH = 500;

    private final InteractionService service;
    private final ObjectMapper mapper;
    private final Validator validator;

    public InteractionResource(InteractionService service, ObjectMapper mapper, Validator validator) {
        this.service = service;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one event (a JSON object) or a batch (a JSON array of up to 500)",
            description = "Idempotent by clientEventId: a repeat of the same event returns the first result and adds "
                    + "no row; the same id for an event that differs in any field is a 409. A batch is one "
                    + "transaction, acknowledged after commit. Needs a key of scope ingest.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = { InteractionEvent.class, InteractionEvent[].class })))
    @APIResponse(responseCode = "201", description = "One new event, recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = "One event already recorded (duplicate: true), or a batch: "
            + "one result per event, in the batch's order", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = { IngestResult.class, IngestResults.class })))
    public Uni<Response> ingest(JsonNode body) {
        if (body == null || !(body.isObject() || body.isArray())) {
            service.countRejected(1);
            throw new InvalidInput("body", "Expected an event object or an array of events");
        }
        boolean single = body.isObject();
        List<InteractionEvent> events = single ? List.of(read(body, null)) : readBatch(body);
        return service.ingest(events).map(results -> single
                ? Response.status(results.getFirst().duplicate() ? 200 : 201).entity(results.getFirst()).build()
                : Response.ok(new IngestResults(results)).build());
    }

    private List<InteractionEvent> readBatch(JsonNode array) {
        if (array.isEmpty() || array.size() > MAX_BATCH) {
            service.countRejected(Math.max(1, array.size()));
            throw new InvalidInput("body", "A batch holds 1 to " + MAX_BATCH + " events, not "
                    + array.size());
        }
        List<InteractionEvent> events = new ArrayList<>(array.size());
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            InteractionEvent event = read(array.get(i), i);
            if (!ids.add(event.clientEventId())) {
                service.countRejected(array.size());
                throw new InvalidInput("[" + i + "].clientEventId",
                        "clientEventId " + event.clientEventId() + " appears twice in the batch");
            }
            events.add(event);
        }
        return events;
    }

    /**
     * One event of the body, checked field by field; a failure names the field as the API spells it ({@code value},
     * {@code [3].kind}) and never a Java type.
     */
    private InteractionEvent read(JsonNode node, Integer index) {
        String prefix = index == null ? "" : "[" + index + "].";
        if (node == null || !node.isObject()) {
            service.countRejected(1);
            throw new InvalidInput(index == null ? "body" : "[" + index + "]", "An event is a JSON object");
        }
        InteractionEvent event;
        try {
            event = mapper.treeToValue(node, InteractionEvent.class);
        } catch (JsonProcessingException e) {
            service.countRejected(1);
            throw JsonProblems.invalid(e, prefix);
        }
        Set<ConstraintViolation<InteractionEvent>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            service.countRejected(1);
            if (index == null) {
                throw new ConstraintViolationException(violations);
            }
            ConstraintViolation<InteractionEvent> first = violations.iterator().next();
            throw new InvalidInput(prefix + first.getPropertyPath(), first.getMessage());
        }
        if (!event.ratingValued()) {
            service.countRejected(1);
            throw new InvalidInput(prefix + "value", "a rating needs a value from 1 to 5");
        }
        return event;
    }
}
