package org.civic.common.web;

/**
 * Text the services accept holds no control characters but tab, line feed and carriage return: PostgreSQL refuses
 * NUL in text outright (which surfaced as a 500), and the other C0 controls and DEL are never meaningful in names,
 * codes or narratives. Checked once for every JSON string ({@link JsonCustomizer}) and every path, query and header
 * parameter ({@link ParamConverters}).
 */
public final class ControlCharacters {

    public static final String MESSAGE = "must not contain control characters (U+0000 to U+001F other than tab, "
            + "line feed and carriage return, or U+007F)";

    private ControlCharacters() {}

    public static boolean present(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
