package io.solemate.errors;

/** A parameter or body field that is malformed or out of range. */
public final class InvalidInput extends DomainException {

    public InvalidInput(String parameter, String detail) {
        super(detail, parameter);
    }
}
