package org.zhurnal.curriculum.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.curriculum.domain.Subject;
import org.zhurnal.curriculum.domain.Subjects;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.application.CurrentRegion;
import org.zhurnal.school.domain.Region;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Access;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;
import org.zhurnal.shared.text.SearchKey;

/**
 * Subjects: the region's catalogue, kept by the region administrator, and the subjects a school adds for
 * itself, kept by whoever administers the school. A school's own subject may not repeat a catalogue name.
 */
@Stateless
public class SubjectService {

    static final String DUPLICATE = "Предмет с таким названием уже есть";
    static final String NOT_FOUND = "Предмет не найден";
    static final String IN_CATALOGUE = "Такой предмет уже есть в региональном каталоге";

    @Inject
    CurrentRegion currentRegion;

    @Inject
    AdministeredSchools administeredSchools;

    @Inject
    Subjects subjects;

    @Inject
    CurriculumDirectory directory;

    @Inject
    AuditLog audit;

    /** The catalogue, plus the school's own subjects when {@code schoolId} is given, by name. */
    public List<SubjectItem> list(Actor actor, Long schoolId) {
        if (schoolId == null) {
            Access.requireRole(actor, Role.REGION_ADMIN);
            return currentRegion.find().map(region -> directory.subjects(region.id(), null)).orElse(List.of());
        }
        School school = administeredSchools.require(actor, schoolId);
        return directory.subjects(school.region().id(), school.id());
    }

    public SubjectItem create(Actor actor, NewSubject input) {
        Subject subject = input.schoolId() == null ? catalogueSubject(actor, input) : schoolSubject(actor, input);
        if (subjects.existsNamed(subject.regionId(), subject.schoolId().orElse(null), subject.name())) {
            throw new ConflictException("name", DUPLICATE);
        }
        subjects.add(subject);
        audit.record(actor, AuditAction.SUBJECT_CREATED, subject.id());
        return new SubjectItem(subject.id(), subject.name(), subject.shortName(), subject.schoolId().orElse(null));
    }

    /**
     * Renames a subject: one of the region's catalogue (the region administrator), or a school's own (whoever
     * administers the school). The new name must stay unique where the subject is.
     */
    public SubjectItem rename(Actor actor, Long subjectId, NewSubject input) {
        Region region = currentRegion.find().orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Subject subject = subjects.findAll(region.id(), List.of(subjectId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Long schoolId = subject.schoolId().orElse(null);
        if (schoolId == null) {
            Access.requireRole(actor, Role.REGION_ADMIN);
        } else {
            administeredSchools.require(actor, schoolId);
        }
        String name = Subject.NAME.required(input.name());
        if (!SearchKey.of(name).equals(SearchKey.of(subject.name()))) {
            if (subjects.existsNamed(region.id(), schoolId, name)) {
                throw new ConflictException("name", DUPLICATE);
            }
            if (schoolId != null && subjects.existsNamed(region.id(), null, name)) {
                throw new ConflictException("name", IN_CATALOGUE);
            }
        }
        subject.rename(name, input.shortName());
        subjects.store(subject);
        audit.record(actor, AuditAction.SUBJECT_RENAMED, subject.id());
        return new SubjectItem(subject.id(), subject.name(), subject.shortName(), schoolId);
    }

    private Subject catalogueSubject(Actor actor, NewSubject input) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        return Subject.ofRegion(currentRegion.obtain().id(), input.name(), input.shortName());
    }

    private Subject schoolSubject(Actor actor, NewSubject input) {
        School school = administeredSchools.require(actor, input.schoolId());
        Subject subject = Subject.ofSchool(school.region().id(), school.id(), input.name(), input.shortName());
        if (subjects.existsNamed(subject.regionId(), null, subject.name())) {
            throw new ConflictException("name", IN_CATALOGUE);
        }
        return subject;
    }
}
