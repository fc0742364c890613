package org.civic.gateway.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civic.common.feed.ChangeCursor;
import org.civic.common.problem.ProblemException;

/**
 * A cursor of the merged change feed: the registry's and progress's own cursors, {@code r<position>.p<position>}.
 * Callers treat it as opaque text. A source's position is null before the first read from it (from its oldest kept).
 */
public record MergedCursor(Long registry, Long progress) {

    /** The regular expression of a cursor, as the API documents it. */
    public static final String PATTERN = "^r[0-9]{1,19}\\.p[0-9]{1,19}$";

    public static final int MAX_LENGTH = 2 * ChangeCursor.MAX_LENGTH + 3;

    public static final MergedCursor START = new MergedCursor(null, null);

    private static final Pattern FORMAT = Pattern.compile("r([0-9]{1,19})\\.p([0-9]{1,19})");

    /** The cursor in {@code value}; {@link #START} when none was given; 400 naming {@code parameter} otherwise. */
    public static MergedCursor parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return START;
        }
        Matcher parts = FORMAT.matcher(value.strip());
        if (!parts.matches()) {
            throw ProblemException.badRequest(parameter, "must be a cursor the change feed returned (its `next`)");
        }
        return new MergedCursor(
                ChangeCursor.parse(parameter, parts.group(1)), ChangeCursor.parse(parameter, parts.group(2)));
    }

    /** The service cursor of one source, null when it was never read. */
    public String of(Routes.Service source) {
        Long position = source == Routes.Service.REGISTRY ? registry : progress;
        return position == null ? null : ChangeCursor.format(position);
    }

    public MergedCursor with(Routes.Service source, String cursor) {
        long position = ChangeCursor.parse("cursor", cursor);
        return source == Routes.Service.REGISTRY
                ? new MergedCursor(position, progress)
                : new MergedCursor(registry, position);
    }

    /** Only a cursor whose sources were both read is ever handed out. */
    @Override
    public String toString() {
        return "r" + registry + ".p" + progress;
    }
}
