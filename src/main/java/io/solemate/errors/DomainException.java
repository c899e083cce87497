package io.solemate.errors;

/**
 * A failure a service explains to its caller in the API's own words. Services throw the subclasses; only
 * {@code io.solemate.web.ProblemMappers} knows which HTTP status each one answers.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, InvalidInput, UnknownReference, Conflict, Unavailable {

    private final String parameter;

    protected DomainException(String detail, String parameter) {
        // No stack trace: these are answers to callers, not bugs, and some are thrown per request.
        super(detail, null, false, false);
        this.parameter = parameter;
    }

    /** The API parameter or body field the failure is about, or null. */
    public String parameter() {
        return parameter;
    }
}
