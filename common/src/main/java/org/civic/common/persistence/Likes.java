package org.civic.common.persistence;

/** LIKE patterns from user text, with the wildcards escaped (PostgreSQL's default escape is backslash). */
public final class Likes {

    private Likes() {}

    public static String contains(String text) {
        return "%"
                + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
