package org.zhurnal.identity.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * What an invite code looks like: twelve characters of an alphabet without look-alikes (no 0/O, 1/I/L),
 * printed in groups of four — «K7QM-3XRT-9HWP» — 60 random bits. People type codes back from paper, so
 * reading forgives case, spaces and dashes, and Cyrillic letters that look like Latin ones.
 */
public final class InviteCodeFormat {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    private static final String CYRILLIC_LOOKALIKES = "АВЕКМНОРСТУХ";
    private static final String LATIN_EQUIVALENTS = "ABEKMHOPCTYX";

    private InviteCodeFormat() {
    }

    /** A new random code, grouped for printing. */
    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, normalised (upper case, no separators, look-alikes mapped), if it can be one. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u2013' || c == '\u2014') {
                continue;
            }
            int cyrillic = CYRILLIC_LOOKALIKES.indexOf(c);
            char latin = cyrillic >= 0 ? LATIN_EQUIVALENTS.charAt(cyrillic) : c;
            if (ALPHABET.indexOf(latin) < 0) {
                return Optional.empty();
            }
            code.append(latin);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }
}
