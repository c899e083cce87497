package io.solemate.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.solemate.common.Vocabulary;
import io.solemate.errors.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a JSON body in the API's words: the field as the client wrote it ({@code kind},
 * {@code [2].userId}) and what it must be ("one of view|like|...", "a UUID"), never Jackson's message, which names
 * Java types ({@code io.solemate.interactions.EventKind}, {@code java.util.UUID}).
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** The 400 for a body that failed to read; {@code prefix} goes before the field path (e.g. {@code [3].}). */
    public static InvalidInput invalid(JsonProcessingException e, String prefix) {
        if (!(e instanceof JsonMappingException mapping)) {
            return new InvalidInput(prefix.isEmpty() ? "body" : trimmed(prefix), "The request body is not valid JSON");
        }
        String field = path(mapping);
        String parameter = field.isEmpty() ? (prefix.isEmpty() ? "body" : trimmed(prefix)) : prefix + field;
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new InvalidInput(prefix + unknown.getPropertyName(),
                    unknown.getPropertyName() + " is not a field of this object");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null && !field.isEmpty()) {
            return new InvalidInput(parameter, field + " must be " + expected(mismatch.getTargetType()));
        }
        if (field.isEmpty()) {
            return new InvalidInput(parameter, "The request body is not one JSON document of the expected shape");
        }
        return new InvalidInput(parameter, field + " has the wrong type or format");
    }

    /** What a value of the target type looks like, in words a client understands. */
    static String expected(Class<?> type) {
        if (type.isEnum() && Vocabulary.class.isAssignableFrom(type)) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Vocabulary) c).dbValue())
                    .collect(Collectors.joining("|"));
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-11-26T10:00:00Z";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Float.class || type == float.class || type == Double.class || type == double.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a JSON object of the documented shape";
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String trimmed(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
