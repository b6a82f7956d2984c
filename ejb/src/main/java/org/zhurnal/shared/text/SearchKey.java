package org.zhurnal.shared.text;

/**
 * The form names are compared and searched in: Latin and Cyrillic capitals in lower case and «ё» as «е».
 * It is exactly what the database function {@code zhurnal_search_key} computes (migration V3), so that
 * a search term normalised here matches the stored keys whatever the database's locale.
 */
public final class SearchKey {

    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯё";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyzабвгдеежзийклмнопрстуфхцчшщъыьэюяе";

    private SearchKey() {
    }

    public static String of(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = UPPER.indexOf(c);
            key.append(at < 0 ? c : LOWER.charAt(at));
        }
        return key.toString();
    }

    /** A LIKE pattern matching {@code term} anywhere, with {@code !} escaping LIKE's wildcards. */
    public static String containsPattern(String term) {
        return "%" + escapeLike(of(term)) + "%";
    }

    /** A LIKE pattern matching values starting with {@code prefix}, with {@code !} as the escape. */
    public static String prefixPattern(String prefix) {
        return escapeLike(prefix) + "%";
    }

    private static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
