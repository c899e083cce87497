package io.solemate.errors;

/** The service cannot answer yet (no model fitted so far); the caller should retry shortly. */
public final class Unavailable extends DomainException {

    public Unavailable(String detail) {
        super(detail, null);
    }
}
