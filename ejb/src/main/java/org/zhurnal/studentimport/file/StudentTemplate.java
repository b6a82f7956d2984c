package org.zhurnal.studentimport.file;

import java.util.Arrays;
import java.util.List;
import org.zhurnal.staffimport.file.SheetTemplate;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.studentimport.domain.KindNames;
import org.zhurnal.studentimport.domain.StudentColumn;

/** The students list a school fills in: the headers of {@link StudentColumn} on the sheet «Обучающиеся». */
public final class StudentTemplate {

    static final List<String> HOW_TO = List.of(
            "Как заполнить список обучающихся",
            "Одна строка — один обучающийся. Заголовки на листе «Обучающиеся» не меняйте.",
            "Класс — как в журнале, например 5А; класс должен быть уже добавлен в учебный год.",
            "Фамилия, Имя, Дата рождения (ДД.ММ.ГГГГ), СНИЛС — обязательно; Отчество и Пол (М/Ж) — если есть.",
            "СНИЛС — 11 цифр, например 112-233-445 95: по нему повторная загрузка находит того же человека.",
            "Законные представители (до двух) — по желанию. Если указан представитель, нужны: кем приходится ("
                    + KindNames.ALLOWED + "), фамилия, имя и СНИЛС; телефон и эл. почта — если есть.",
            "Братья и сёстры: укажите одного и того же родителя с тем же СНИЛС в строке каждого ребёнка.",
            "Повторная загрузка того же списка ничего не дублирует.");
    private static final SheetTemplate TEMPLATE = new SheetTemplate("Обучающиеся",
            Arrays.stream(StudentColumn.values()).map(StudentColumn::templateHeader).toList(),
            List.of(12, 18, 14, 18, 16, 8, 16, 26, 18, 14, 18, 16, 18, 22, 26, 18, 14, 18, 16, 18, 22), HOW_TO);

    private StudentTemplate() {
    }

    public static byte[] write(StaffFileFormat format) {
        return TEMPLATE.write(format);
    }
}
