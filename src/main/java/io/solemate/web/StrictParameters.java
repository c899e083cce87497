package io.solemate.web;

import io.solemate.errors.InvalidInput;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * How every path and query parameter of the API is read, whichever resource declares it: booleans are
 * {@code true} or {@code false} and nothing else (the default conversion reads {@code inStock=maybe} as false),
 * numbers are finite ({@code Infinity} and {@code 1e309} would reach PostgreSQL), and no text holds a NUL, which
 * PostgreSQL refuses. A value that breaks a rule is a 400 naming the parameter as the API spells it.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> READERS = Map.ofEntries(
            Map.entry(Boolean.class, StrictParameters::bool), Map.entry(boolean.class, StrictParameters::bool),
            Map.entry(Long.class, Long::valueOf), Map.entry(long.class, Long::valueOf),
            Map.entry(Integer.class, Integer::valueOf), Map.entry(int.class, Integer::valueOf),
            Map.entry(Double.class, StrictParameters::finiteDouble),
            Map.entry(double.class, StrictParameters::finiteDouble),
            Map.entry(Float.class, StrictParameters::finiteFloat),
            Map.entry(float.class, StrictParameters::finiteFloat),
            Map.entry(String.class, Function.identity()));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> reader = READERS.get(rawType);
        String name = parameterName(annotations);
        if (reader == null || name == null) {
            return null;
        }
        return (ParamConverter<T>) new Strict<>(name, reader, rawType);
    }

    /** The API's name of the parameter: what its {@code @QueryParam} or {@code @PathParam} says. */
    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            String name = switch (annotation) {
                case QueryParam query -> query.value();
                case PathParam path -> path.value();
                case RestQuery query -> query.value();
                case RestPath path -> path.value();
                default -> null;
            };
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private record Strict<T>(String name, Function<String, T> reader, Class<?> type) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            if (value.indexOf('\0') >= 0) {
                throw new InvalidInput(name, name + " must not contain a NUL character");
            }
            try {
                return reader.apply(value);
            } catch (NumberFormatException e) {
                throw new InvalidInput(name, name + " must be " + expected(type));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(name, name + " " + e.getMessage());
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }

        private static String expected(Class<?> type) {
            if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
                return "a whole number in range";
            }
            return "a finite number";
        }
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    private static Double finiteDouble(String value) {
        double parsed = Double.parseDouble(value.strip());
        if (!Double.isFinite(parsed)) {
            throw new NumberFormatException();
        }
        return parsed;
    }

    private static Float finiteFloat(String value) {
        float parsed = Float.parseFloat(value.strip());
        if (!Float.isFinite(parsed)) {
            throw new NumberFormatException();
        }
        return parsed;
    }
}
