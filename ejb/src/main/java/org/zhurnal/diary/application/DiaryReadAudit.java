package org.zhurnal.diary.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.shared.security.Actor;

/** Records a class teacher's reading of a student's diary (ids only), in a transaction of its own. */
@ApplicationScoped
public class DiaryReadAudit {

    @Inject
    AuditLog audit;

    @Transactional
    public void classTeacherRead(Actor actor, long studentPersonId) {
        audit.record(actor, AuditAction.DIARY_READ_BY_CLASS_TEACHER, studentPersonId);
    }
}
