package org.civic.gateway.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civic.common.problem.ProblemException;

/**
 * A path below /api/v1 as the gateway routes it (decoded) and forwards it (percent-encoded). The forwarded
 * form encodes exactly the segments that were checked here, so a service sees the path that was routed: no
 * segment may decode to "." or "..", hold a "/" or "\\" of its own, a control character (NUL included) or
 * invalid UTF-8, and there are no empty segments or matrix parameters. That closes every way to turn a
 * routed path into another one (such as a service's /q/metrics) after the routing decision.
 */
public record PublicPath(String encoded, String decoded) {

    /** The root every public operation lives under: the major version of the API (docs/api-versioning.md). */
    public static final String ROOT = "/api/v1";
    /** {@link #ROOT} as the start of a path below it. */
    public static final String PREFIX = ROOT + "/";

    /** {@code requestPath} is the raw path of the request, starting with {@link #PREFIX}. */
    public static PublicPath parse(String requestPath) {
        if (requestPath == null || !requestPath.startsWith(PREFIX)) {
            throw refused("must start with " + PREFIX);
        }
        List<String> decoded = new ArrayList<>();
        List<String> encoded = new ArrayList<>();
        for (String segment : requestPath.substring(PREFIX.length()).split("/", -1)) {
            String plain = decodeSegment(segment);
            decoded.add(plain);
            encoded.add(encode(plain, SEGMENT_CHARS));
        }
        return new PublicPath(String.join("/", encoded), String.join("/", decoded));
    }

    /**
     * The query as sent, with every character that may not stand bare in a URI query percent-encoded (a raw
     * "|" or "{" would otherwise make the forwarded URI invalid); existing escapes are kept as they are.
     */
    public static String query(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(rawQuery.length());
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawQuery.length()
                        || Character.digit(rawQuery.charAt(i + 1), 16) < 0
                        || Character.digit(rawQuery.charAt(i + 2), 16) < 0) {
                    throw ProblemException.badRequest("query", "the query string has an invalid percent-encoding");
                }
                out.append(rawQuery, i, i + 3);
                i += 2;
            } else {
                out.append(encode(String.valueOf(c), QUERY_CHARS));
            }
        }
        return out.toString();
    }

    /** RFC 3986 unreserved characters and the sub-delimiters that mean nothing special to the services. */
    private static final String SEGMENT_CHARS = "-._~!$&'()*+,=:@";

    private static final String QUERY_CHARS = SEGMENT_CHARS + "/?;";

    private static String encode(String text, String allowed) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || allowed.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * The same checks on any path the gateway serves (its documentation and health too), before the HTTP layer
     * resolves dot segments: a request that needs resolving is refused rather than answered for another path.
     * A trailing "/" is allowed here ("/api/v1/docs/"), a doubled one is not.
     */
    public static void checkAnyPath(String rawPath) {
        if (rawPath.contains("//")) {
            throw refused("has an empty segment (a doubled /)");
        }
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                decodeSegment(segment);
            }
        }
    }

    private static String decodeSegment(String segment) {
        if (segment.isEmpty()) {
            throw refused("has an empty segment (a doubled or trailing /)");
        }
        if (segment.indexOf(';') >= 0) {
            throw refused("has a ';': no public operation takes matrix parameters");
        }
        String decoded = percentDecode(segment);
        if (decoded.equals(".") || decoded.equals("..")) {
            throw refused("has a '.' or '..' segment");
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '/' || c == '\\') {
                throw refused("has an encoded '/' or '\\' inside a segment");
            }
            if (c < 0x20 || c == 0x7f) {
                throw refused("has a control character");
            }
        }
        return decoded;
    }

    private static String percentDecode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteBuffer bytes = ByteBuffer.allocate(segment.length() * 4);
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(segment.charAt(i + 2), 16);
            if (low < 0) {
                throw refused("has an invalid percent-encoding");
            }
            bytes.put((byte) (high << 4 | low));
            i += 2;
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("is not valid UTF-8 once decoded");
        }
    }

    private static ProblemException refused(String why) {
        return ProblemException.badRequest("path", "the request path " + why);
    }
}
