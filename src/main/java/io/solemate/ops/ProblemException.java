package io.solemate.ops;

import jakarta.ws.rs.core.Response;

/** Thrown by services to answer with a problem document; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, what + " " + id + " does not exist"));
    }

    public static ProblemException badRequest(String parameter, String detail) {
        return new ProblemException(Problem.of(400, "Bad Request", detail, parameter));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(Response.Status.CONFLICT, detail));
    }

    public static ProblemException unprocessable(String parameter, String detail) {
        return new ProblemException(Problem.of(422, "Unprocessable Content", detail, parameter));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(Response.Status.SERVICE_UNAVAILABLE, detail));
    }
}
