package org.civic.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.civic.common.problem.ProblemException;

/**
 * Parses query parameters by hand: JAX-RS answers a query parameter it cannot convert with a bare 404,
 * where a caller deserves a 400 naming the parameter.
 */
public final class Params {

    /**
     * The most ids one comma-separated list parameter may carry ({@code ?ids=} of the registry's projects,
     * {@code ?projectIds=} of progress's status), and so the most progress asks the registry for at once.
     */
    public static final int MAX_IDS = 500;

    /** The text of a UUID (8-4-4-4-12 hexadecimal digits) and of a date (YYYY-MM-DD), as the OpenAPI document says. */
    public static final int UUID_LENGTH = 36;

    public static final int DATE_LENGTH = 10;

    private Params() {}

    /** A UUID parameter; blank is none. Longer than a UUID's text (padding included) is refused, as documented. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > UUID_LENGTH) {
            throw ProblemException.badRequest(name, "is not a UUID: longer than " + UUID_LENGTH + " characters");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "'" + value + "' is not a UUID");
        }
    }

    /** A path parameter: always there, so a blank one (".../%20") is as wrong as any other non-UUID. */
    public static UUID pathUuid(String name, String value) {
        UUID id = uuid(name, value);
        if (id == null) {
            throw ProblemException.badRequest(name, "'" + value + "' is not a UUID");
        }
        return id;
    }

    /** A whole-number path parameter: always there, so a blank one is as wrong as a word. */
    public static int pathInteger(String name, String value, int min, int max) {
        Integer number = integer(name, value, min, max);
        if (number == null) {
            throw ProblemException.badRequest(name, "'" + value + "' is not a whole number");
        }
        return number;
    }

    public static List<UUID> uuids(String name, String commaSeparated, int max) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                ids.add(uuid(name, part.strip()));
            }
        }
        if (ids.size() > max) {
            throw ProblemException.badRequest(name, "at most " + max + " ids per request");
        }
        return ids;
    }

    /** A date parameter; blank is none. Longer than a date's text (padding included) is refused, as documented. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > DATE_LENGTH) {
            throw ProblemException.badRequest(
                    name, "is not a date (YYYY-MM-DD): longer than " + DATE_LENGTH + " characters");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw ProblemException.badRequest(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "'" + value + "' is not a whole number");
        }
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
