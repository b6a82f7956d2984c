package org.zhurnal.classes.application;

import java.time.LocalDate;

/** A person on a class or group list: «Фамилия Имя Отчество» and the birth date when known. */
public record PersonItem(Long personId, String displayName, LocalDate birthDate) {
}
