package org.zhurnal.school.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/** A school's journal settings, read and changed by whoever administers the school. */
@Stateless
public class SchoolSettingsService {

    @Inject
    AdministeredSchools schools;

    @Inject
    SchoolSettingsStore store;

    @Inject
    AuditLog audit;

    public SchoolSettings get(Actor actor, Long schoolId) {
        schools.require(actor, schoolId);
        return store.of(schoolId);
    }

    public SchoolSettings change(Actor actor, Long schoolId, SchoolSettings settings) {
        schools.require(actor, schoolId);
        if (settings == null || settings.grade1NoMarks() == null) {
            throw new InvalidInputException("grade1NoMarks", "Укажите, ставятся ли отметки в 1 классе");
        }
        if (settings.grade2FirstPeriodNoMarks() == null) {
            throw new InvalidInputException("grade2FirstPeriodNoMarks",
                    "Укажите, ставятся ли отметки во 2 классе в первом отчётном периоде");
        }
        store.write(schoolId, settings);
        audit.record(actor, AuditAction.SCHOOL_SETTINGS_CHANGED, schoolId);
        return store.of(schoolId);
    }
}
