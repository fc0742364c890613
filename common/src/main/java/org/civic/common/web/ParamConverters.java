package org.civic.common.web;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.civic.common.problem.ProblemException;

/**
 * Converts the text and whole-number parameters of every resource (path, query, header, form), so that a value
 * that cannot be used is a 400 naming the parameter: JAX-RS itself answers an unconvertible query or path
 * parameter with a bare 404 ({@code page=99999999999999999999}), and text with a NUL byte went on to PostgreSQL,
 * which refuses it (a 500).
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == String.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> value);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> {
                try {
                    return Integer.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    throw ProblemException.badRequest(
                            name,
                            "'" + value + "' is not a whole number from " + Integer.MIN_VALUE + " to "
                                    + Integer.MAX_VALUE);
                }
            });
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> {
                try {
                    return Long.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    throw ProblemException.badRequest(name, "'" + value + "' is not a whole number");
                }
            });
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                } else if (annotation instanceof PathParam path) {
                    return path.value();
                } else if (annotation instanceof HeaderParam header) {
                    return header.value();
                } else if (annotation instanceof FormParam form) {
                    return form.value();
                } else if (annotation instanceof CookieParam cookie) {
                    return cookie.value();
                }
            }
        }
        return "parameter";
    }

    private record Converter<T>(String name, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            if (ControlCharacters.present(value)) {
                throw ProblemException.badRequest(name, ControlCharacters.MESSAGE)
                        .asWebApplicationException();
            }
            try {
                return parse.apply(value);
            } catch (ProblemException e) {
                throw e.asWebApplicationException();
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
