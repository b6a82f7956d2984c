package org.zhurnal.staffimport.file;

import org.zhurnal.shared.text.SearchKey;
import org.zhurnal.shared.text.TextRule;

/**
 * A column of a list a school fills in (staff, students): the header errors name it by, whether a file must
 * have it, and which header cells name it. Implemented by the enums of each list's columns.
 */
public interface SheetColumn {

    /** The name errors refer to the column by. */
    String header();

    /** Whether a file without this column cannot be imported. */
    boolean required();

    /** Whether a header cell, as {@link #key(String)} gives it, names this column. */
    boolean isNamedBy(String headerKey);

    /** A header cell compared regardless of case, «ё», blanks and a note in brackets («Дата рождения (ДД.ММ.ГГГГ)»). */
    static String key(String headerCell) {
        String cleaned = TextRule.clean(headerCell);
        int note = cleaned.indexOf('(');
        return SearchKey.of((note < 0 ? cleaned : cleaned.substring(0, note)).strip());
    }
}
