package org.zhurnal.staffimport.file;

import java.util.Arrays;
import java.util.List;
import org.zhurnal.staffimport.domain.PositionNames;
import org.zhurnal.staffimport.domain.StaffColumn;

/** The staff list a school fills in: the headers of {@link StaffColumn} on the sheet «Сотрудники». */
public final class StaffTemplate {

    static final List<String> HOW_TO = List.of(
            "Как заполнить список сотрудников",
            "Одна строка — один сотрудник. Заголовки на листе «Сотрудники» не меняйте.",
            "Фамилия, Имя — обязательно; Отчество — если есть.",
            "Дата рождения — в формате ДД.ММ.ГГГГ, например 05.03.1985.",
            "СНИЛС — 11 цифр, например 112-233-445 95 или 11223344595.",
            "Должности — через запятую: " + PositionNames.allowed() + ".",
            "Пример: Иванова; Мария; Петровна; 05.03.1985; 112-233-445 95; учитель, заместитель директора",
            "Повторная загрузка того же списка ничего не дублирует: сотрудники находятся по СНИЛС.");
    private static final SheetTemplate TEMPLATE = new SheetTemplate("Сотрудники",
            Arrays.stream(StaffColumn.values()).map(StaffColumn::templateHeader).toList(),
            List.of(20, 16, 20, 28, 18, 44), HOW_TO);

    private StaffTemplate() {
    }

    public static byte[] write(StaffFileFormat format) {
        return TEMPLATE.write(format);
    }
}
