package org.civic.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;

/**
 * How every service reads and writes JSON:
 * <ul>
 * <li>decimals are written as plain digits (23000, never 2.3E+4): amounts and targets must read exactly;</li>
 * <li>a key twice in one object is refused ({@code STRICT_DUPLICATE_DETECTION}), rather than the last one winning;</li>
 * <li>no scalar is guessed into text or a date: a number or boolean for a string field, a number for a date
 * ({@code 12345} once became 2003-10-18) or for an enum is refused. Decimal strings such as {@code "1250000.50"}
 * for a number field stay welcome: money is sent as text;</li>
 * <li>strings with control characters ({@link ControlCharacters}) are refused, for every string field at once;</li>
 * <li>unknown properties are refused ({@code quarkus.jackson.fail-on-unknown-properties=true} in each service),
 * except the {@link OutputOnly} properties an input type declares, which are read back and ignored.</li>
 * </ul>
 * Each refusal is a 400 naming the field (see {@code ProblemMappers}).
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    private final Instance<UriInfo> uriInfo;

    public JsonCustomizer(Instance<UriInfo> uriInfo) {
        this.uriInfo = uriInfo;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("civic-text").addDeserializer(String.class, new TextDeserializer()));
        mapper.addHandler(new OutputOnlyProperties(this::pathParameter));
    }

    /** The current REST request's path parameter; null outside a request (the mapper also serves clients and jobs). */
    private String pathParameter(String name) {
        if (!uriInfo.isResolvable()) {
            return null;
        }
        try {
            return uriInfo.get().getPathParameters().getFirst(name);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    /** The standard string deserializer (with the coercion rules above), then the control-character check. */
    static final class TextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (ControlCharacters.present(value)) {
                throw new ControlCharacterException(p, value);
            }
            return value;
        }
    }

    /** Names the field through the usual path of a mapping exception. */
    public static final class ControlCharacterException extends InvalidFormatException {

        ControlCharacterException(JsonParser p, String value) {
            super(p, ControlCharacters.MESSAGE, value, String.class);
        }
    }
}
