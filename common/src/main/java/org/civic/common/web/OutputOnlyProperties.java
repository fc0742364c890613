package org.civic.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

/**
 * Accepts the {@link OutputOnly} properties of a type where Jackson would otherwise refuse them as unknown
 * ({@code fail-on-unknown-properties} stays on): each is read and dropped, after checking that one naming a path
 * parameter of the current request carries that parameter's value.
 */
public final class OutputOnlyProperties extends DeserializationProblemHandler {

    /** A path parameter of the request being read, or null (no such parameter, or no request at all). */
    private final Function<String, String> pathParameter;

    OutputOnlyProperties(Function<String, String> pathParameter) {
        this.pathParameter = pathParameter;
    }

    @Override
    public boolean handleUnknownProperty(
            DeserializationContext ctxt,
            JsonParser p,
            JsonDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName)
            throws IOException {
        Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
        OutputOnly outputOnly = type.getAnnotation(OutputOnly.class);
        if (outputOnly == null || !Arrays.asList(outputOnly.value()).contains(propertyName)) {
            return false;
        }
        JsonNode sent = ctxt.readTree(p);
        String expected = pathParameter.apply(propertyName);
        if (expected != null && !sent.isNull() && !same(sent, expected)) {
            Mismatch mismatch = new Mismatch(
                    p, "must be " + expected + ", the " + propertyName + " in the request path (or be left out)", type);
            mismatch.prependPath(type, propertyName);
            throw mismatch;
        }
        return true;
    }

    private static boolean same(JsonNode sent, String expected) {
        if (!sent.isValueNode()) {
            return false;
        }
        String text = sent.asText().strip();
        try {
            return UUID.fromString(text).equals(UUID.fromString(expected.strip()));
        } catch (IllegalArgumentException notUuids) {
            return text.equals(expected);
        }
    }

    /** An output-only property that names another resource than the path; its message says which value fits. */
    public static final class Mismatch extends MismatchedInputException {

        Mismatch(JsonParser p, String message, Class<?> type) {
            super(p, message, type);
        }
    }
}
