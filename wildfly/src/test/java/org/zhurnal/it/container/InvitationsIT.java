package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.hasField;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.identity.application.AccountBindings;
import org.zhurnal.identity.application.ClassInvitation;
import org.zhurnal.identity.application.Invitations;
import org.zhurnal.identity.application.IssuedInvitation;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.TooManyAttemptsException;
import org.zhurnal.shared.security.RequestOrigin;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/** Invite codes: issued by the class teacher, stored as hashes, redeemed once, rate-limited, audited. */
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(InvitationsIT.class, ClassesTestData.class, RegionTestData.class, Db.class);
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
    StudentService students;

    @Inject
    Invitations invitations;

    @Inject
    AccountBindings bindings;

    @Inject
    AuditLog audit;

    /** A class 5А with its class teacher, a student and the student's mother (a representative card). */
    record Family(long classId, Actor classTeacher, long student, long mother) {
    }

    @Test
    void theClassTeacherIssuesACodeAndTheParentBecomesTheRepresentativeCard() {
        Family family = family();
        IssuedInvitation issued = invitations.issue(family.classTeacher(), family.classId(), family.student(),
                family.mother());

        assertThat(issued.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(issued.purpose()).isEqualTo("PARENT");
        assertThat(Db.count(db, "SELECT count(*) FROM invite_code WHERE position(?::bytea in code_hash) > 0",
                issued.code().replace("-", "").getBytes(StandardCharsets.UTF_8))).as("no clear code stored").isZero();
        ClassInvitation row = invitations.forClass(family.classTeacher(), family.classId()).get(0);
        assertThat(row.representatives()).singleElement()
                .satisfies(r -> assertThat(r.codeState()).isEqualTo("OPEN"))
                .satisfies(r -> assertThat(r.signsIn()).isFalse());

        Actor parent = account("it-invited-parent-" + RegionTestData.tag());
        var redeemed = invitations.redeem(parent, " " + issued.code().toLowerCase().replace("-", " ") + " ");

        assertThat(redeemed.personId()).isEqualTo(family.mother());
        assertThat(bindings.confirmedPerson(parent.issuer(), parent.subject())).contains(family.mother());
        assertThat(bindings.relationRoles(family.mother())).containsExactly(Role.PARENT);
        assertThat(invitations.forClass(family.classTeacher(), family.classId()).get(0).representatives())
                .singleElement().satisfies(r -> assertThat(r.signsIn()).isTrue())
                .satisfies(r -> assertThat(r.codeState()).isEqualTo("USED"));
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'INVITE_CODE' AND object_id = ? "
                + "ORDER BY id", String.valueOf(issued.id()))).containsExactly("invite.issued", "invite.redeemed");
        assertThat(audit.verify().intact()).isTrue();

        Actor another = account("it-second-" + RegionTestData.tag());
        assertThatThrownBy(() -> invitations.redeem(another, issued.code()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("уже использован")
                .satisfies(e -> hasField(e, "code"));
        assertThatThrownBy(() -> invitations.issue(family.classTeacher(), family.classId(), family.student(),
                family.mother())).as("signs in already").isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyTheClassTeacherOrTheAdministratorIssuesAndOnlyForTheClassAndItsRepresentatives() {
        Family family = family();
        Actor otherTeacher = account("it-other-teacher-" + RegionTestData.tag())
                .boundTo(Long.parseLong(Db.column(db, "INSERT INTO person (surname, given_name) VALUES ('Другая', 'Учительница') "
                        + "RETURNING id").get(0)));
        assertThatThrownBy(() -> invitations.issue(otherTeacher, family.classId(), family.student(), family.mother()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.forClass(otherTeacher, family.classId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.issue(family.classTeacher(), family.classId(), family.student(),
                otherTeacher.personId())).isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "personId"));
        assertThatThrownBy(() -> invitations.issue(family.classTeacher(), family.classId(), family.mother(),
                family.mother())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> hasField(e, "studentPersonId"));

        IssuedInvitation byAdmin = invitations.issue(REGION_ADMIN, family.classId(), family.student(), family.student());
        assertThat(byAdmin.purpose()).isEqualTo("STUDENT");
    }

    @Test
    void aNewCodeReplacesTheOpenOneAndGuessingIsLimited() {
        Family family = family();
        IssuedInvitation first = invitations.issue(family.classTeacher(), family.classId(), family.student(), family.mother());
        IssuedInvitation second = invitations.issue(family.classTeacher(), family.classId(), family.student(), family.mother());
        Actor parent = account("it-guessing-parent-" + RegionTestData.tag());

        assertThatThrownBy(() -> invitations.redeem(parent, first.code()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("заменён");
        for (String wrong : new String[] {"AAAA-AAAA-AAAA", "K7QM", "ЖЖЖЖ-AAAA-AAAA", "BBBB-BBBB-BBBB"}) {
            assertThatThrownBy(() -> invitations.redeem(parent, wrong)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> hasField(e, "code"));
        }
        assertThatThrownBy(() -> invitations.redeem(parent, second.code()))
                .as("the sixth attempt after five failures").isInstanceOf(TooManyAttemptsException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM invite_attempt WHERE subject = ? AND NOT succeeded",
                parent.subject())).isEqualTo(5);
        assertThat(bindings.confirmedPerson(parent.issuer(), parent.subject())).isEmpty();

        Actor patient = account("it-patient-parent-" + RegionTestData.tag());
        assertThat(invitations.redeem(patient, second.code()).personId()).isEqualTo(family.mother());
    }

    @Test
    void guessingFromOneAddressIsLimitedWhateverTheAccountAndEveryRefusalIsAuditedWithTheAddress() {
        Family family = family();
        IssuedInvitation invitation = invitations.issue(family.classTeacher(), family.classId(), family.student(),
                family.mother());
        String tag = RegionTestData.tag();
        String address = "2001:db8:" + Integer.toHexString(tag.hashCode() & 0xffff) + "::7";
        Actor next = account("it-next-from-address-" + tag);
        try (RequestOrigin.Scope origin = RequestOrigin.enter(address)) {
            for (int guesser = 1; guesser <= 20; guesser++) {
                Actor account = account("it-guesser-" + guesser + "-" + tag);
                assertThatThrownBy(() -> invitations.redeem(account, "AAAA-AAAA-AAAA"))
                        .isInstanceOf(InvalidInputException.class);
            }
            assertThatThrownBy(() -> invitations.redeem(next, invitation.code()))
                    .as("a fresh account from an address with 20 failures").isInstanceOf(TooManyAttemptsException.class);
        }
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE action = 'invite.redeem-refused' AND origin = ?",
                address)).isEqualTo(20);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE action = 'invite.redeem-locked-out' "
                + "AND origin = ? AND object_id = ?", address, next.subject())).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM invite_attempt WHERE origin = ? AND NOT succeeded", address))
                .isEqualTo(20);

        try (RequestOrigin.Scope origin = RequestOrigin.enter("2001:db8:ffff::1")) {
            assertThat(invitations.redeem(next, invitation.code()).personId())
                    .as("the same account from another address").isEqualTo(family.mother());
        }
    }

    private Family family() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        long teacherCard = data.teacher(db, "Иванова", "Мария", "Петровна");
        ClassItem fiveA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, "А", teacherCard));
        long student = students.enrol(REGION_ADMIN, data.school(), new NewStudent(new PersonCardInput("Смирнов",
                "Артём", "Игоревич", "2015-03-14", null), Sex.MALE, fiveA.id(), day("2026-09-01"), "№ 112-у")).personId();
        long mother = Long.parseLong(Db.column(db, "INSERT INTO person (surname, given_name, patronymic, sex) "
                + "VALUES ('Смирнова', 'Ольга', 'Викторовна', 'FEMALE') RETURNING id").get(0));
        Db.update(db, "INSERT INTO guardianship (child_person_id, guardian_person_id, kind, valid_from) "
                + "VALUES (?, ?, 'MOTHER', DATE '2015-03-14')", student, mother);
        Actor classTeacher = account("it-class-teacher-" + RegionTestData.tag()).boundTo(teacherCard);
        return new Family(fiveA.id(), classTeacher, student, mother);
    }

    private static Actor account(String subject) {
        return new Actor(RegionTestData.ISSUER, subject, new PersonName("Тестовый", "Пользователь", null),
                java.util.Set.of());
    }
}
