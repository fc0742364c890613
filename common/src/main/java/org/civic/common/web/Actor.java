package org.civic.common.web;

import java.util.regex.Pattern;

/**
 * Who makes a change, as recorded in histories and workflows. Until the gateway signs caller
 * identities, it is the {@code X-Civic-Actor} header, else "anonymous".
 */
public final class Actor {

    public static final String HEADER = "X-Civic-Actor";
    private static final Pattern ACCEPTABLE = Pattern.compile("[\\p{L}\\p{N} ._@:-]{1,200}");

    private Actor() {
    }

    public static String of(String header) {
        return header != null && ACCEPTABLE.matcher(header.strip()).matches() ? header.strip() : "anonymous";
    }
}
