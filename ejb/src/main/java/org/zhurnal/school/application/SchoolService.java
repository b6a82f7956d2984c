package org.zhurnal.school.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.school.domain.Inn;
import org.zhurnal.school.domain.Municipalities;
import org.zhurnal.school.domain.Municipality;
import org.zhurnal.school.domain.Region;
import org.zhurnal.school.domain.School;
import org.zhurnal.school.domain.Schools;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Access;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;
import org.zhurnal.shared.security.SchoolAccess;

/** The region's schools: the region administrator registers, finds and opens them; a school's administrators open it. */
@Stateless
public class SchoolService {

    static final String NOT_FOUND = "Школа не найдена";
    static final String DUPLICATE_INN = "Школа с таким ИНН уже есть в регионе";

    @Inject
    CurrentRegion currentRegion;

    @Inject
    Schools schools;

    @Inject
    Municipalities municipalities;

    @Inject
    SchoolDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    SchoolAccess access;

    /** Schools matching the search, a page at a time; {@code page} and {@code size} are checked here. */
    public SchoolPage search(Actor actor, String text, Long municipalityId, int page, int size) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        SchoolSearch search = new SchoolSearch(text, municipalityId, page, size);
        return currentRegion.find().map(region -> directory.search(region, search)).orElse(SchoolPage.empty(search));
    }

    /** One school: for the region administrator, and for whoever administers it (its journal administrator). */
    public SchoolDetails get(Actor actor, Long schoolId) {
        access.requireAdministration(actor, schoolId);
        return currentRegion.find().flatMap(region -> directory.find(region, schoolId))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** Changes a school's names, identifiers, address and municipality (the region administrator). */
    public SchoolDetails update(Actor actor, Long schoolId, NewSchool input) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        Region region = currentRegion.obtain();
        School school = schools.find(region, schoolId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Municipality municipality = municipality(region, input.municipalityId());
        String inn = validInn(input.inn());
        // Asked before the school changes: the query would write the changed school first.
        if (inn != null && !inn.equals(school.inn()) && schools.existsWithInn(region, inn)) {
            throw new ConflictException("inn", DUPLICATE_INN);
        }
        school.describe(municipality, input.fullName(), input.shortName(), input.inn(), input.ogrn(), input.address());
        schools.store(school);
        audit.record(actor, AuditAction.SCHOOL_CHANGED, school.id());
        return directory.find(region, schoolId).orElseThrow();
    }

    private static String validInn(String inn) {
        try {
            return Inn.parse(inn).value();
        } catch (InvalidInputException invalid) {
            return null;
        }
    }

    private Municipality municipality(Region region, Long municipalityId) {
        return municipalityId == null ? null : municipalities.find(region, municipalityId).orElseThrow(
                () -> new InvalidInputException("municipalityId", "Муниципальное образование не найдено"));
    }

    public SchoolDetails create(Actor actor, NewSchool input) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        Region region = currentRegion.obtain();
        Municipality municipality = municipality(region, input.municipalityId());
        School school = new School(region, municipality, input.fullName(), input.shortName(), input.inn(),
                input.ogrn(), input.address());
        if (schools.existsWithInn(region, school.inn())) {
            throw new ConflictException("inn", DUPLICATE_INN);
        }
        schools.add(school);
        audit.record(actor, AuditAction.SCHOOL_CREATED, school.id());
        MunicipalityItem place = municipality == null ? null : new MunicipalityItem(municipality.id(), municipality.name());
        return new SchoolDetails(school.id(), school.fullName(), school.shortName(), school.inn(),
                school.ogrn().orElse(null), school.address().orElse(null), place, List.of());
    }
}
