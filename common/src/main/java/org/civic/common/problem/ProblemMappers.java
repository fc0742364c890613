package org.civic.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civic.common.security.Roles;
import org.civic.common.web.AllowedMethods;
import org.civic.common.web.ControlCharacters;
import org.civic.common.web.JsonCustomizer;
import org.civic.common.web.OutputOnlyProperties;
import org.civic.common.web.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where every exception becomes an RFC 9457 problem. Bodies never carry stack traces,
 * SQL or exception class names; the server log keeps those, keyed by the request id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder builder = respond(e.problem(), uri);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    /** No identity, or one that failed verification (expired, wrong signer): 401 with the scheme to use. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(
                        new Problem(
                                "unauthenticated",
                                "Unauthenticated",
                                401,
                                "This service answers only requests that carry a valid identity signed by the gateway "
                                        + "(Authorization: Bearer); call it through the gateway."),
                        uri)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    /** Names what the operation needs, from its {@code @RolesAllowed} (or the class's, or the default: a reader). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        RolesAllowed needed = resource.getResourceMethod() == null
                ? null
                : Optional.ofNullable(resource.getResourceMethod().getAnnotation(RolesAllowed.class))
                        .orElseGet(() -> resource.getResourceClass().getAnnotation(RolesAllowed.class));
        String roles = needed == null
                ? Roles.READER + " (staff, or the scope " + Roles.PUBLIC_READ + ")"
                : String.join(", ", needed.value());
        return respond(
                        ProblemException.forbidden("This operation needs one of: " + roles + ".")
                                .problem(),
                        uri)
                .build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(ProblemException.badRequest(violations).problem(), uri).build();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e), uri).build();
    }

    /** Declared separately because quarkus-rest-jackson ships a plain-text mapper for exactly this type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return respond(jsonProblem(e), uri).build();
    }

    /** Bytes no JSON encoding can read (Jackson guesses UTF-32 from leading NULs, then finds them broken). */
    @ServerExceptionMapper
    public Response unreadableText(CharConversionException e, UriInfo uri) {
        return respond(
                        new Problem(
                                "malformed-json", "Malformed JSON", 400, "The request body is not JSON text in UTF-8."),
                        uri)
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(jsonProblem(json), uri).build();
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "request %s failed", RequestIds.current());
        }
        Response.StatusType statusType = e.getResponse().getStatusInfo();
        String slug = statusType.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail = status >= 500 ? "The server could not complete the request." : e.getMessage();
        Response.ResponseBuilder builder =
                respond(new Problem(slug, statusType.getReasonPhrase(), status, detail), uri);
        copyHeader(e.getResponse(), builder, "Allow");
        if (status == 405 && e.getResponse().getHeaderString("Allow") == null && uri != null) {
            builder.header("Allow", AllowedMethods.of(uri.getPath()));
        }
        copyHeader(e.getResponse(), builder, "Retry-After");
        return builder.build();
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    /**
     * The catch-all. Failures that surface only at commit arrive wrapped (a {@code RollbackException} inside an
     * {@code ArcUndeclaredThrowableException}, a Hibernate exception inside a {@code PersistenceException}), so
     * the whole cause chain is read ({@link DatabaseFailures}): a stale write is 412, a constraint violation,
     * serialization failure or deadlock 409, an unreachable database or an exhausted pool 503 with
     * {@code Retry-After}. Only what is left is a 500.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        ProblemException known = DatabaseFailures.classify(e);
        if (known != null) {
            return problem(known, uri);
        }
        LOG.errorf(e, "request %s failed unexpectedly", RequestIds.current());
        return respond(
                        new Problem(
                                "internal",
                                "Internal server error",
                                500,
                                "The server could not complete the request. Quote the request id when reporting it."),
                        uri)
                .build();
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return ProblemException.badRequest(duplicate, "appears more than once in the object")
                    .problem();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "unknown field";
            } else if (e instanceof JsonCustomizer.ControlCharacterException) {
                message = ControlCharacters.MESSAGE;
            } else if (e instanceof OutputOnlyProperties.Mismatch mismatch) {
                message = mismatch.getOriginalMessage();
            } else if (e instanceof InvalidFormatException invalid) {
                message = "cannot read '" + invalid.getValue() + "' as " + typeName(invalid.getTargetType());
            } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                message = "expected " + typeName(mismatched.getTargetType());
            } else {
                message = "invalid value";
            }
            return ProblemException.badRequest(field, message).problem();
        }
        String location = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return new Problem(
                "malformed-json", "Malformed JSON", 400, "The request body is not valid JSON" + location + ".");
    }

    /**
     * A key twice in one object ({@code STRICT_DUPLICATE_DETECTION}) fails while parsing, so its path is read from
     * the parser's context at that moment: {@code /indicators/0/key} reads "indicators[0].key".
     */
    private static String duplicateField(JsonProcessingException e) {
        for (Throwable t : Causes.chain(e)) {
            if (t instanceof StreamReadException read
                    && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field '")) {
                String name = read.getOriginalMessage().substring("Duplicate field '".length());
                name = name.contains("'") ? name.substring(0, name.lastIndexOf('\'')) : name;
                JsonParser parser = read.getProcessor();
                if (parser != null && parser.getParsingContext() != null) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    String field = Arrays.stream(pointer.split("/"))
                            .filter(part -> !part.isEmpty())
                            .map(part -> part.matches("\\d+")
                                    ? "[" + part + "]"
                                    : "." + part.replace("~1", "/").replace("~0", "~"))
                            .collect(Collectors.joining());
                    field = field.startsWith(".") ? field.substring(1) : field;
                    if (!field.isEmpty()) {
                        return field;
                    }
                }
                return name;
            }
        }
        return null;
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return type == String.class ? "a string" : type.getSimpleName();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // A parameter path reads "create.input.title": clients want "title" for a body field and the
        // parameter name itself ("size") for a query parameter.
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER && !last
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null || node.getKey() != null) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

    private static Response.ResponseBuilder respond(Problem problem, UriInfo uri) {
        problem.requestId(RequestIds.current());
        if (uri != null && problem.getInstance() == null) {
            problem.instance(uri.getRequestUri().getRawPath());
        }
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }
}
