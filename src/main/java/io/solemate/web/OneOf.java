package io.solemate.web;

import io.solemate.common.Vocabulary;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text parameter that must be a spelling of the given {@link Vocabulary}, exactly as stored; null passes. The
 * vocabulary's enum is the one list of allowed values, so the API cannot drift from the schema's CHECK lists.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOfValidator.class)
public @interface OneOf {

    /** The vocabulary: an enum implementing {@link Vocabulary}. */
    Class<? extends Vocabulary> value();

    String message() default "must be one of the vocabulary's values";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
