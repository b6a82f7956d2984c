package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.identity.application.AccountBindings;
import org.zhurnal.identity.application.BindingSuggestion;
import org.zhurnal.identity.domain.BindingState;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.school.application.AdministratorItem;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolAdministrators;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/** Binding accounts to staff cards: suggested only on a SNILS match, decided by a person, audited; school access. */
@ExtendWith(ArquillianExtension.class)
class AccountBindingsIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(AccountBindingsIT.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolAdministrators administrators;

    @Inject
    AccountBindings bindings;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    AuditLog audit;

    @Test
    void aSuggestionIsMadeOnlyWhenTheSnilsFindsACardWithACurrentPosition() {
        String snils = RegionTestData.snils();
        administrators.appoint(REGION_ADMIN, school(), card(snils));
        Actor account = account();

        assertThat(bindings.suggestAtSignIn(account(), RegionTestData.snils())).isEqualTo(BindingState.NONE);
        assertThat(bindings.suggestAtSignIn(account(), "")).isEqualTo(BindingState.NONE);
        assertThat(bindings.suggestAtSignIn(account(), "not a snils")).isEqualTo(BindingState.NONE);
        assertThat(bindings.suggestAtSignIn(account, RegionTestData.formatted(snils))).isEqualTo(BindingState.PENDING);
        assertThat(bindings.suggestAtSignIn(account, RegionTestData.formatted(snils))).isEqualTo(BindingState.PENDING);

        assertThat(Db.count(db, "SELECT count(*) FROM account_binding WHERE subject = ?", account.subject())).isEqualTo(1);
        String id = Db.column(db, "SELECT id FROM account_binding WHERE subject = ?", account.subject()).get(0);
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'ACCOUNT_BINDING' AND object_id = ?",
                id)).containsExactly("account.binding-suggested");
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event a WHERE a::text LIKE ?", "%" + snils.substring(0, 9) + "%"))
                .isZero();
        assertThat(bindings.statusOf(account).state()).isEqualTo(BindingState.PENDING);
        assertThat(bindings.confirmedPerson(account.issuer(), account.subject())).isEmpty();
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'ACCOUNT' AND object_id = ?",
                account.subject())).as("every sign-in is audited").containsExactly("account.signed-in", "account.signed-in");
    }

    @Test
    void aJournalAdministratorDecidesOnlyForTheOwnSchoolsStaff() {
        long own = school();
        long other = school();
        String ownStaffSnils = RegionTestData.snils();
        String otherStaffSnils = RegionTestData.snils();
        administrators.appoint(REGION_ADMIN, own, card(ownStaffSnils));
        administrators.appoint(REGION_ADMIN, other, card(otherStaffSnils));
        AdministratorItem deciding = administrators.appoint(REGION_ADMIN, own, card(RegionTestData.snils()));
        Actor ownAdmin = RegionTestData.actor("it-own-admin-" + RegionTestData.tag(),
                new PersonName("Кузнецов", "Андрей", "Сергеевич"), Role.JOURNAL_ADMIN).boundTo(deciding.personId());
        Actor ownStaff = account();
        Actor otherStaff = account();
        bindings.suggestAtSignIn(ownStaff, ownStaffSnils);
        bindings.suggestAtSignIn(otherStaff, otherStaffSnils);
        BindingSuggestion ownSuggestion = suggestionOf(ownStaff);
        BindingSuggestion otherSuggestion = suggestionOf(otherStaff);

        assertThat(bindings.pending(ownAdmin)).extracting(BindingSuggestion::id)
                .contains(ownSuggestion.id()).doesNotContain(otherSuggestion.id());
        assertThatThrownBy(() -> bindings.confirm(ownAdmin, otherSuggestion.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bindings.pending(ownAdmin.boundTo(null))).as("unbound: administers no school")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bindings.confirm(ownAdmin, ownSuggestion.id()).state()).isEqualTo(BindingState.CONFIRMED);
    }

    @Test
    void aRefusedSignInIsAuditedByTheAccountAlone() {
        Actor unconfirmed = account();
        bindings.refusedAtSignIn(unconfirmed);
        assertThat(Db.column(db, "SELECT concat_ws('|', action, actor_subject) FROM audit_event "
                + "WHERE object_type = 'ACCOUNT' AND object_id = ?", unconfirmed.subject()))
                .containsExactly("account.sign-in-refused|" + unconfirmed.subject());
        assertThat(Db.count(db, "SELECT count(*) FROM account_binding WHERE subject = ?", unconfirmed.subject())).isZero();
    }

    @Test
    void aCardWhosePositionEndedIsNotSuggested() {
        String snils = RegionTestData.snils();
        long school = school();
        AdministratorItem appointed = administrators.appoint(REGION_ADMIN, school, card(snils));
        administrators.remove(REGION_ADMIN, school, appointed.personId());

        Actor account = account();
        assertThat(bindings.suggestAtSignIn(account, snils)).isEqualTo(BindingState.NONE);
        assertThat(Db.count(db, "SELECT count(*) FROM account_binding WHERE subject = ?", account.subject())).isZero();
        assertThat(bindings.statusOf(account).state()).isEqualTo(BindingState.NONE);
    }

    @Test
    void theRegionAdministratorConfirmsOrRejectsAndBothAreAudited() {
        String snils = RegionTestData.snils();
        long school = school();
        AdministratorItem appointed = administrators.appoint(REGION_ADMIN, school, card(snils));
        Actor confirmedAccount = account();
        Actor rejectedAccount = account();
        bindings.suggestAtSignIn(confirmedAccount, snils);
        bindings.suggestAtSignIn(rejectedAccount, snils);
        BindingSuggestion toConfirm = suggestionOf(confirmedAccount);
        assertThat(toConfirm.displayName()).isEqualTo("Кузнецов Андрей Сергеевич");
        assertThat(toConfirm.schools()).singleElement().satisfies(s -> {
            assertThat(s.schoolId()).isEqualTo(school);
            assertThat(s.positions()).containsExactly(Position.JOURNAL_ADMIN);
        });

        assertThatThrownBy(() -> bindings.confirm(TEACHER, toConfirm.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bindings.pending(TEACHER)).isInstanceOf(AccessDeniedException.class);
        assertThat(bindings.confirm(REGION_ADMIN, toConfirm.id()).state()).isEqualTo(BindingState.CONFIRMED);
        assertThatThrownBy(() -> bindings.reject(REGION_ADMIN, toConfirm.id())).isInstanceOf(ConflictException.class);
        BindingSuggestion toReject = suggestionOf(rejectedAccount);
        assertThat(bindings.reject(REGION_ADMIN, toReject.id()).state()).isEqualTo(BindingState.REJECTED);

        assertThat(bindings.confirmedPerson(confirmedAccount.issuer(), confirmedAccount.subject()))
                .contains(appointed.personId());
        assertThat(bindings.statusOf(confirmedAccount).schools()).extracting(s -> s.schoolId()).containsExactly(school);
        assertThat(bindings.suggestAtSignIn(rejectedAccount, snils)).as("a rejected card is not suggested again")
                .isEqualTo(BindingState.NONE);
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'ACCOUNT_BINDING' AND object_id IN (?, ?) "
                + "AND actor_subject = ? ORDER BY id", toConfirm.id().toString(), toReject.id().toString(),
                REGION_ADMIN.subject())).containsExactly("account.binding-confirmed", "account.binding-rejected");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aBoundJournalAdministratorAdministersOnlyTheirOwnSchool() {
        String snils = RegionTestData.snils();
        long own = school();
        long other = school();
        administrators.appoint(REGION_ADMIN, own, card(snils));
        Actor account = account();
        bindings.suggestAtSignIn(account, snils);

        assertThatThrownBy(() -> calendar.years(account, own)).as("nothing without a binding")
                .isInstanceOf(AccessDeniedException.class);
        bindings.confirm(REGION_ADMIN, suggestionOf(account).id());
        Actor bound = account.boundTo(bindings.confirmedPerson(account.issuer(), account.subject()).orElseThrow());

        assertThat(calendar.years(bound, own)).isEmpty();
        assertThatThrownBy(() -> calendar.years(bound, other)).isInstanceOf(AccessDeniedException.class);
        assertThat(calendar.years(REGION_ADMIN, own)).isEmpty();
        assertThat(calendar.years(REGION_ADMIN, other)).isEmpty();
        assertThatThrownBy(() -> calendar.years(TEACHER, own)).isInstanceOf(AccessDeniedException.class);
    }

    private BindingSuggestion suggestionOf(Actor account) {
        Long id = Long.valueOf(Db.column(db, "SELECT id FROM account_binding WHERE subject = ? AND state = 'PENDING'",
                account.subject()).get(0));
        return bindings.pending(REGION_ADMIN).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Actor account() {
        return RegionTestData.actor("it-account-" + RegionTestData.tag() + RegionTestData.tag(),
                new PersonName("Кузнецов", "Андрей", "Сергеевич"), Role.JOURNAL_ADMIN);
    }

    private long school() {
        return schools.create(REGION_ADMIN, new NewSchool("Школа для привязок " + RegionTestData.tag(), "Школа",
                RegionTestData.inn(), null, null, null)).id();
    }

    private static PersonCardInput card(String snils) {
        return new PersonCardInput("Кузнецов", "Андрей", "Сергеевич", "1980-05-04", snils);
    }
}
