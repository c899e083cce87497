package io.solemate.errors;

/** The request conflicts with the state: a repeat that differs from the first, or work already running. */
public final class Conflict extends DomainException {

    public Conflict(String detail) {
        super(detail, null);
    }
}
