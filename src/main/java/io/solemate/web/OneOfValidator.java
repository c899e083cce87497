package io.solemate.web;

import io.solemate.common.Vocabulary;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Checks {@link OneOf}; its message lists the allowed spellings, e.g. "must be one of men|women|unisex|kids". */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private Vocabulary[] values;
    private String message;

    @Override
    public void initialize(OneOf annotation) {
        values = annotation.value().getEnumConstants();
        message = "must be one of " + Arrays.stream(values).map(Vocabulary::dbValue).collect(Collectors.joining("|"));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        for (Vocabulary allowed : values) { // on every request: a loop, not a stream
            if (allowed.dbValue().equals(value)) {
                return true;
            }
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
