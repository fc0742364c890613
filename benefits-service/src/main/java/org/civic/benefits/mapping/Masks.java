package org.civic.benefits.mapping;

/** How personal data appears in every response: enough to recognise, not enough to identify. */
public final class Masks {

    private Masks() {}

    /** 350502199001011234 → 350502********1234 (region kept, birth date and sequence hidden). */
    public static String nationalIdNumber(String id) {
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** 13812345678 → 138****5678. */
    public static String phone(String phone) {
        return phone == null
                ? null
                : phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** 林小梅 → 林**; a one-character name → *. */
    public static String name(String name) {
        int characters = name.codePointCount(0, name.length());
        if (characters == 1) {
            return "*";
        }
        return new String(Character.toChars(name.codePointAt(0))) + "*".repeat(characters - 1);
    }
}
