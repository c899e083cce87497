package io.solemate.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
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

    /**
     * Invalid JSON, or JSON of the wrong shape: the field named as the client wrote it, never a Java type. Named
     * one by one because Quarkus maps some subtypes itself, with an empty body (content after the document).
     */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, JsonParseException.class })
    public Response unreadable(JsonProcessingException e) {
        return problem(JsonProblems.invalid(e, ""));
    }

    /**
     * Jakarta REST answers 404 when a path or query parameter cannot be converted (e.g. {@code /api/shoes/abc}).
     * That is bad input, not a missing resource: {@link StrictParameters} says which parameter and why.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        if (e.getCause() instanceof DomainException cause) {
            return problem(cause);
        }
        if (e.getCause() instanceof IllegalArgumentException) {
            return Problem.of(400, "Bad Request", "A path or query parameter has the wrong type", null)
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
     * The name of the offending input as the API spells it: for a method parameter (a query or path parameter,
     * possibly inside a bean parameter) the name in its {@code @QueryParam} or {@code @PathParam}, such as {@code q},
     * not the Java parameter's; for a validated body the property path.
     */
    private static String parameterName(ConstraintViolation<?> violation) {
        String leaf = null;
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (method != null && node.getKind() == ElementKind.PARAMETER) {
                leaf = apiName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
                continue;
            }
            if (node.getName() != null && node.getKind() != ElementKind.METHOD) {
                leaf = node.getName();
            }
        }
        if (method != null) {
            return leaf == null ? "request" : leaf;
        }
        return violation.getPropertyPath().toString();
    }

    /**
     * The name a resource method's parameter has in the API: its {@code @QueryParam} or {@code @PathParam}. Looked up
     * from the class up, since the validated bean may be a generated subclass whose overrides carry no annotations.
     */
    private static String apiName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                for (Annotation annotation : type.getDeclaredMethod(method.getName(), types)
                        .getParameterAnnotations()[parameter.getParameterIndex()]) {
                    if (annotation instanceof QueryParam query) {
                        return query.value();
                    }
                    if (annotation instanceof PathParam path) {
                        return path.value();
                    }
                }
            } catch (NoSuchMethodException e) {
                // Not declared here: look in the superclass.
            }
        }
        return parameter.getName();
    }
}
