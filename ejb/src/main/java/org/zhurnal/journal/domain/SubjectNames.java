package org.zhurnal.journal.domain;

import java.util.Locale;

/** Recognises the subjects where a double mark «5/4» is always allowed: Russian language and literature. */
public final class SubjectNames {

    private SubjectNames() {
    }

    public static boolean russianOrLiterature(String subjectName) {
        String name = subjectName == null ? "" : subjectName.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return name.startsWith("русский язык") || name.contains("литератур");
    }
}
