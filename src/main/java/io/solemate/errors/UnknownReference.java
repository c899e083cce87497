package io.solemate.errors;

/** Well-formed input that names something the store does not know (an event for an unknown customer or shoe). */
public final class UnknownReference extends DomainException {

    public UnknownReference(String parameter, String detail) {
        super(detail, parameter);
    }
}
