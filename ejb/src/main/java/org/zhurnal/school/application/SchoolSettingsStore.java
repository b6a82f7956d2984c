package org.zhurnal.school.application;

/** A school's journal settings; the defaults when it never changed them. */
public interface SchoolSettingsStore {

    SchoolSettings of(Long schoolId);

    void write(Long schoolId, SchoolSettings settings);
}
