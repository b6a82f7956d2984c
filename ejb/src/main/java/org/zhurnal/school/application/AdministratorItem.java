package org.zhurnal.school.application;

/** A school's journal administrator: the person card's id and «Фамилия Имя Отчество». */
public record AdministratorItem(Long personId, String displayName) {
}
