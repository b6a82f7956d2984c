package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;
import static org.zhurnal.it.support.RegionTestData.hasField;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.assignments.application.AssignmentFilter;
import org.zhurnal.assignments.application.AssignmentItem;
import org.zhurnal.assignments.application.NewAssignment;
import org.zhurnal.assignments.application.TeachingAssignmentService;
import org.zhurnal.assignments.application.TeachingAssignments;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.GroupItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StreamItem;
import org.zhurnal.classes.application.StreamService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.rooms.application.BuildingInput;
import org.zhurnal.rooms.application.BuildingItem;
import org.zhurnal.rooms.application.RoomInput;
import org.zhurnal.rooms.application.RoomItem;
import org.zhurnal.rooms.application.RoomService;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/** Buildings and rooms, streams and teaching assignments: rules, conflicts and who may keep them. */
@ExtendWith(ArquillianExtension.class)
class SchoolStructureIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(SchoolStructureIT.class, ClassesTestData.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    SchoolClassService classes;

    @Inject
    StreamService streams;

    @Inject
    RoomService rooms;

    @Inject
    TeachingAssignmentService assignments;

    @Inject
    TeachingAssignments reads;

    @Test
    void roomsHaveUniqueNamesInTheirBuildingAndOnlyTheSchoolsAdministratorKeepsThem() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        Actor admin = data.journalAdmin(db);
        BuildingItem main = rooms.addBuilding(admin, data.school(), new BuildingInput("Основное здание", "ул. Ленина, 1"));
        BuildingItem annex = rooms.addBuilding(admin, data.school(), new BuildingInput("Корпус Б", null));
        RoomItem physics = rooms.addRoom(admin, data.school(), new RoomInput(main.id(), "201", "Кабинет физики", 30));
        rooms.addRoom(admin, data.school(), new RoomInput(annex.id(), "201", null, null));

        assertThatThrownBy(() -> rooms.addBuilding(admin, data.school(), new BuildingInput("основное ЗДАНИЕ", null)))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "name"));
        assertThatThrownBy(() -> rooms.addRoom(admin, data.school(), new RoomInput(main.id(), "201", null, null)))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "name"));
        RoomItem renamed = rooms.describeRoom(admin, data.school(), physics.id(), new RoomInput(null, "202", "Физика", 28));
        assertThat(renamed).isEqualTo(new RoomItem(physics.id(), main.id(), "Основное здание", "202", "Физика", 28));
        assertThat(rooms.rooms(admin, data.school())).extracting(RoomItem::buildingName, RoomItem::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Корпус Б", "201"),
                        org.assertj.core.groups.Tuple.tuple("Основное здание", "202"));

        ClassesTestData other = ClassesTestData.create(schools, calendar);
        Actor otherAdmin = other.journalAdmin(db);
        assertThatThrownBy(() -> rooms.rooms(otherAdmin, data.school())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.addRoom(TEACHER, data.school(), new RoomInput(main.id(), "301", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.addRoom(otherAdmin, other.school(), new RoomInput(main.id(), "301", null, null)))
                .as("another school's building").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> hasField(e, "buildingId"));
    }

    @Test
    void assignmentsNeedAStaffTeacherAUsableSubjectAndOneAudienceOfTheYear() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        Actor admin = data.journalAdmin(db);
        ClassItem fiveA = classes.create(admin, data.school(), new NewClass(data.year(), 5, "А", null));
        ClassItem fiveB = classes.create(admin, data.school(), new NewClass(data.year(), 5, "Б", null));
        GroupItem english1 = classes.addGroup(admin, fiveA.id(), "Английский язык, группа 1");
        StreamItem stream = streams.create(admin, data.school(), data.year(), "5 параллель", Set.of(fiveA.id(), fiveB.id()));
        long teacher = data.teacher(db, "Орлова", "Елена", "Викторовна");
        long math = data.subject(db, "Математика", false);
        long english = data.subject(db, "Английский язык", true);
        ClassesTestData other = ClassesTestData.create(schools, calendar);
        long foreignSubject = other.subject(db, "Черчение", true);
        long foreignTeacher = other.teacher(db, "Чужая", "Ольга", "Ивановна");

        AssignmentItem toClass = assignments.assign(admin, data.school(),
                new NewAssignment(data.year(), math, teacher, fiveA.id(), null, null, day("2026-09-01")));
        AssignmentItem toGroup = assignments.assign(admin, data.school(),
                new NewAssignment(data.year(), english, teacher, null, english1.id(), null, day("2026-09-01")));
        AssignmentItem toStream = assignments.assign(admin, data.school(),
                new NewAssignment(data.year(), math, teacher, null, null, stream.id(), day("2026-09-01")));

        assertThat(toGroup.classId()).isEqualTo(fiveA.id());
        assertThat(toGroup.audienceName()).isEqualTo("5А, Английский язык, группа 1");
        assertThat(toClass.teacherName()).isEqualTo("Орлова Елена Викторовна");
        assertThat(assignments.list(admin, data.school(), new AssignmentFilter(data.year(), fiveB.id(), null, null)))
                .as("5Б is taught only through the stream").extracting(AssignmentItem::id).containsExactly(toStream.id());
        assertThat(assignments.list(admin, data.school(), new AssignmentFilter(null, fiveA.id(), teacher, null)))
                .extracting(AssignmentItem::id).containsExactlyInAnyOrder(toClass.id(), toGroup.id(), toStream.id());

        assertThatThrownBy(() -> assignments.assign(admin, data.school(),
                new NewAssignment(data.year(), math, teacher, fiveA.id(), null, null, day("2026-10-01"))))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "teacherPersonId"));
        assertThatThrownBy(() -> assignments.assign(admin, data.school(),
                new NewAssignment(data.year(), math, foreignTeacher, fiveA.id(), null, null, null)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "teacherPersonId"));
        assertThatThrownBy(() -> assignments.assign(admin, data.school(),
                new NewAssignment(data.year(), foreignSubject, teacher, fiveA.id(), null, null, null)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "subjectId"));
        assertThatThrownBy(() -> assignments.assign(admin, data.school(),
                new NewAssignment(data.year(), math, teacher, fiveA.id(), null, stream.id(), null)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "audience"));
        assertThatThrownBy(() -> assignments.assign(admin, data.school(),
                new NewAssignment(other.year(), math, teacher, fiveA.id(), null, null, null)))
                .as("another school's year").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> hasField(e, "academicYearId"));
        assertThatThrownBy(() -> assignments.list(other.journalAdmin(db), data.school(), new AssignmentFilter(null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);

        AssignmentItem ended = assignments.end(admin, toClass.id(), day("2026-12-29"));
        assertThat(ended.validTo()).isEqualTo(day("2026-12-29"));
        assertThat(Db.column(db, "SELECT valid_to FROM teaching_assignment WHERE id = ?", toClass.id()))
                .containsExactly("2026-12-29");
        assertThat(reads.currentFor(teacher, day("2026-12-28"))).hasSize(3);
        assertThat(reads.currentFor(teacher, day("2026-12-29"))).extracting(AssignmentItem::id)
                .containsExactlyInAnyOrder(toGroup.id(), toStream.id());
        assertThat(reads.teaches(teacher, toClass.id(), day("2026-12-29"))).isFalse();
        assertThat(reads.currentOfClass(data.school(), fiveB.id(), day("2026-12-29"))).extracting(AssignmentItem::id)
                .containsExactly(toStream.id());
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'TEACHING_ASSIGNMENT' "
                + "AND object_id = ? ORDER BY id", toClass.id().toString()))
                .containsExactly("assignment.created", "assignment.ended");
    }

    @Test
    void aStreamJoinsAtLeastTwoClassesOfOneYear() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        ClassItem tenA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 10, "А", null));
        ClassItem tenB = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 10, "Б", null));

        assertThatThrownBy(() -> streams.create(REGION_ADMIN, data.school(), data.year(), "10", Set.of(tenA.id())))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "classIds"));
        StreamItem stream = streams.create(REGION_ADMIN, data.school(), data.year(), "Профиль", Set.of(tenB.id(), tenA.id()));
        assertThat(stream.classes()).extracting(StreamItem.ClassRef::name).containsExactly("10А", "10Б");
        assertThatThrownBy(() -> streams.create(REGION_ADMIN, data.school(), data.year(), "профиль",
                Set.of(tenA.id(), tenB.id()))).isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "name"));
        assertThat(streams.streams(REGION_ADMIN, data.school(), data.year())).extracting(StreamItem::id)
                .containsExactly(stream.id());
    }
}
