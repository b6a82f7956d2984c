package org.zhurnal.classes.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.classes.application.StreamItem.ClassRef;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.classes.domain.Stream;
import org.zhurnal.classes.domain.Streams;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/** Streams (потоки) joining classes of one academic year, kept by whoever administers the school. */
@Stateless
public class StreamService {

    @Inject
    AdministeredSchools schools;

    @Inject
    AcademicYears years;

    @Inject
    SchoolClasses classes;

    @Inject
    Streams streams;

    public List<StreamItem> streams(Actor actor, Long schoolId, Long yearId) {
        schools.require(actor, schoolId);
        return streams.ofYear(schoolId, yearId).stream().map(this::item).toList();
    }

    public StreamItem create(Actor actor, Long schoolId, Long yearId, String name, Set<Long> classIds) {
        schools.require(actor, schoolId);
        if (yearId == null || years.find(schoolId, yearId).isEmpty()) {
            throw new InvalidInputException("yearId", "Учебный год не найден");
        }
        List<SchoolClass> joined = (classIds == null ? Set.<Long>of() : classIds).stream()
                .map(id -> classes.find(id).filter(c -> c.schoolId().equals(schoolId))
                        .orElseThrow(() -> new InvalidInputException("classIds", SchoolClassService.CLASS_NOT_FOUND)))
                .toList();
        return item(streams.add(Stream.join(schoolId, yearId, name, joined)));
    }

    private StreamItem item(Stream stream) {
        List<ClassRef> refs = stream.classIds().stream().map(id -> classes.find(id).orElseThrow())
                .sorted(Comparator.comparing((SchoolClass c) -> c.name().grade()).thenComparing(c -> c.name().letter()))
                .map(c -> new ClassRef(c.id(), c.name().toString())).toList();
        return new StreamItem(stream.id(), stream.academicYearId(), stream.name(), refs);
    }

}
