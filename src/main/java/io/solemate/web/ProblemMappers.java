package io.solemate.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.solemate.common.DatabaseFailures;
import io.solemate.errors.Conflict;
import io.solemate.errors.DomainException;
import io.solemate.errors.InvalidInput;
import io.solemate.errors.NotFound;
import io.solemate.errors.Unavailable;
import io.solemate.errors.UnknownReference;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One place that turns every failure into {@code application/problem+json}: 4xx for bad input, 503 (with
 * Retry-After) while the database is unreachable, and a 500 without internals for anything unexpected.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(DomainException e) {
        Problem problem = problemOf(e);
        Response response = problem.toResponse();
        if (problem.status() == 503) {
            return Response.fromResponse(response).header("Retry-After", "5").build();
        }
        return response;
    }

    /** The problem document a domain failure answers: the one place that gives each failure its status. */
    public static Problem problemOf(DomainException e) {
        return switch (e) {
            case InvalidInput invalid -> Problem.of(400, "Bad Request", e.getMessage(), e.parameter());
            case NotFound missing -> Problem.of(404, "Not Found", e.getMessage(), e.parameter());
            case Conflict conflict -> Problem.of(409, "Conflict", e.getMessage(), e.parameter());
            case UnknownReference unknown -> Problem.of(422, "Unprocessable Content", e.getMessage(), e.parameter());
            case Unavailable unavailable -> Problem.of(503, "Service Unavailable", e.getMessage(), e.parameter());
        };
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(parameterName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::parameter))
                .toList();
        Problem.Violation first = violations.isEmpty() ? null : violations.getFirst();
        String detail = first == null ? "Invalid request" : first.parameter() + ": " + first.message();
        return new Problem("about:blank", "Bad Request", 400, detail, first == null ? null : first.parameter(),
                violations).toResponse();
    }

    /** Invalid JSON, or JSON of the wrong shape. */
    @ServerExceptionMapper({ JsonProcessingException.class })
    public Response unreadable(JsonProcessingException e) {
        String parameter = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            parameter = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
        }
        String detail = switch (e) {
            case InvalidFormatException f -> "Value " + f.getValue() + " is not valid here";
            case MismatchedInputException m -> "Unexpected JSON shape or type";
            default -> "The request body is not valid JSON";
        };
        return Problem.of(400, "Bad Request", detail, parameter).toResponse();
    }

    /**
     * Jakarta REST answers 404 when a path or query parameter cannot be converted (e.g. {@code /api/shoes/abc}).
     * That is bad input, not a missing resource.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        if (e.getCause() instanceof IllegalArgumentException cause) {
            return Problem.of(400, "Bad Request", "A parameter has the wrong type: " + cause.getMessage(), null)
                    .toResponse();
        }
        return Problem.of(Response.Status.NOT_FOUND, "No resource at this path").toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), null).toResponse();
    }

    /** Anything else: 503 with Retry-After when the database is unreachable, else a 500 without internals. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DatabaseFailures.unreachable(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The database is unavailable; try again shortly").toResponse()).header("Retry-After", "5").build();
        }
        LOG.error("Unexpected failure", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected error; it has been logged")
                .toResponse();
    }

    /**
     * The name of the offending input: for a method parameter (a query or path parameter, possibly inside a
     * bean parameter) the leaf name such as {@code limit}; for a validated body the property path.
     */
    private static String parameterName(ConstraintViolation<?> violation) {
        String leaf = null;
        boolean methodParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            methodParameter |= node.getKind() == ElementKind.METHOD;
            if (node.getName() != null) {
                leaf = node.getName();
            }
        }
        if (methodParameter) {
            return leaf == null ? "request" : leaf;
        }
        return violation.getPropertyPath().toString();
    }
}
