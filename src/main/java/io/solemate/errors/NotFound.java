package io.solemate.errors;

/** The resource a request names does not exist. */
public final class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        this(what + " " + id + " does not exist");
    }

    public NotFound(String detail) {
        super(detail, null);
    }
}
