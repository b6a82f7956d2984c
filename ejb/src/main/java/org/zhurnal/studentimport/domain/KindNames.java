package org.zhurnal.studentimport.domain;

import java.util.Map;
import org.zhurnal.guardians.domain.GuardianKind;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.text.SearchKey;
import org.zhurnal.shared.text.TextRule;

/** Who a representative is to the child, as lists write it: «мать», «отец», «опекун»… in any case. */
public final class KindNames {

    public static final String ALLOWED = "мать, отец, усыновитель, опекун, попечитель";
    private static final Map<String, GuardianKind> NAMES = Map.ofEntries(
            Map.entry("мать", GuardianKind.MOTHER), Map.entry("мама", GuardianKind.MOTHER),
            Map.entry("отец", GuardianKind.FATHER), Map.entry("папа", GuardianKind.FATHER),
            Map.entry("усыновитель", GuardianKind.ADOPTIVE), Map.entry("усыновительница", GuardianKind.ADOPTIVE),
            Map.entry("опекун", GuardianKind.GUARDIAN), Map.entry("попечитель", GuardianKind.TRUSTEE));

    private KindNames() {
    }

    /** The kind named, refused naming {@code field} when empty or unknown. */
    public static GuardianKind parse(String text, String field) {
        String key = SearchKey.of(TextRule.clean(text)).replaceAll("\\.$", "");
        if (key.isEmpty()) {
            throw new InvalidInputException(field, "Укажите, кем представитель приходится ребёнку: " + ALLOWED);
        }
        GuardianKind kind = NAMES.get(key);
        if (kind == null) {
            throw new InvalidInputException(field, "Неизвестно, кем приходится: «" + TextRule.clean(text)
                    + "». Допустимы: " + ALLOWED);
        }
        return kind;
    }
}
