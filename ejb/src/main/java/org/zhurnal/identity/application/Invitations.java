package org.zhurnal.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.application.ClassLists;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.identity.application.InviteScope.ClassPlace;
import org.zhurnal.identity.application.InviteScope.Representative;
import org.zhurnal.identity.domain.AccountBinding;
import org.zhurnal.identity.domain.BindingRecords;
import org.zhurnal.identity.domain.BindingState;
import org.zhurnal.identity.domain.InviteCode;
import org.zhurnal.identity.domain.InviteCodeFormat;
import org.zhurnal.identity.domain.InviteCodes;
import org.zhurnal.school.application.RegionSettings;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.error.TooManyAttemptsException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.RequestOrigin;
import org.zhurnal.shared.security.SchoolAccess;
import org.zhurnal.shared.security.SecretHasher;

/**
 * Invite codes: the class teacher (or the school's journal administrator) issues a one-time code for a
 * student's legal representative or for the student; whoever signs in with a confirmed state-portal
 * account and enters it is bound to that card at once. Codes are kept only as keyed hashes, expire after
 * {@link InviteCode#VALIDITY}, and a new code for the same card replaces the open one. Redeeming is
 * limited to {@value #MAX_FAILURES} failures per account and {@value #MAX_ORIGIN_FAILURES} per network address
 * in {@link #FAILURE_WINDOW}. Issuing and redeeming are audited by the code's record id; refused and locked-out
 * attempts by the account, with where they came from (never the code typed).
 */
@Stateless
public class Invitations {

    public static final String PURPOSE = "identity.invite-code";
    static final int MAX_FAILURES = 5;
    /** Failures from one network address (a home, or a school's shared address) before it is refused too. */
    static final int MAX_ORIGIN_FAILURES = 20;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    static final String CLASS_NOT_FOUND = "Класс не найден";
    static final String CHOOSE_STUDENT = "Выберите обучающегося";
    static final String CHOOSE_PERSON = "Выберите, кому выдаётся код";
    static final String NOT_IN_CLASS = "Обучающийся не состоит в этом классе";
    static final String NOT_A_REPRESENTATIVE = "Код выдаётся обучающемуся или его законному представителю";
    static final String SIGNS_IN_ALREADY = "Этот человек уже входит в журнал: новый код не нужен";
    static final String BAD_FORMAT = "Код состоит из 12 латинских букв и цифр, например K7QM-3XRT-9HWP";
    static final String UNKNOWN = "Такой код не найден. Проверьте, правильно ли он введён";
    static final String TOO_MANY = "Слишком много неверных попыток. Попробуйте снова через 15 минут";
    static final String BOUND_ELSEWHERE =
            "Ваша учётная запись уже привязана к другой карточке. Обратитесь к администратору журнала школы";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Who a letter's line is for, by the invitee's kind. */
    private static final Map<String, String> WHOM = Map.of("STUDENT", "обучающийся", "MOTHER", "мать", "FATHER", "отец",
            "ADOPTIVE", "усыновитель", "GUARDIAN", "опекун", "TRUSTEE", "попечитель");

    @Inject
    InviteCodes codes;

    @Inject
    InviteAttempts attempts;

    @Inject
    BindingRecords bindings;

    @Inject
    InviteScope scope;

    @Inject
    ClassLists classLists;

    @Inject
    SchoolAccess schoolAccess;

    @Inject
    SecretHasher hasher;

    @Inject
    RegionSettings region;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The class's students and representatives with who signs in and their codes: class teacher or administrator. */
    public List<ClassInvitation> forClass(Actor actor, Long classId) {
        ClassPlace place = manageable(actor, classId);
        List<PersonItem> students = classLists.students(place.classId(), today());
        List<Long> studentIds = students.stream().map(PersonItem::personId).toList();
        List<Representative> representatives = scope.representatives(studentIds, today());
        Set<Long> signingIn = bindings.withConfirmedAccount(Stream.concat(studentIds.stream(),
                representatives.stream().map(Representative::personId)).collect(Collectors.toSet()));
        Map<String, InviteCode> latest = new LinkedHashMap<>();
        for (InviteCode code : codes.forStudents(studentIds)) {
            latest.putIfAbsent(code.studentPersonId() + "/" + code.personId(), code);
        }
        Map<Long, List<Representative>> byStudent = representatives.stream()
                .collect(Collectors.groupingBy(Representative::studentPersonId));
        Instant now = clock.instant();
        Function<InviteCode, String> state = code -> code == null ? "NONE" : code.stateAt(now).name();
        List<ClassInvitation> result = new ArrayList<>();
        for (PersonItem student : students) {
            InviteCode own = latest.get(student.personId() + "/" + student.personId());
            List<ClassInvitation.Invitee> reps = byStudent.getOrDefault(student.personId(), List.of()).stream()
                    .map(r -> {
                        InviteCode code = latest.get(student.personId() + "/" + r.personId());
                        return new ClassInvitation.Invitee(r.personId(), r.displayName(), r.kind(),
                                signingIn.contains(r.personId()), state.apply(code),
                                code == null ? null : code.expiresAt());
                    }).toList();
            result.add(new ClassInvitation(new ClassInvitation.Invitee(student.personId(), student.displayName(),
                    "STUDENT", signingIn.contains(student.personId()), state.apply(own),
                    own == null ? null : own.expiresAt()), reps));
        }
        return result;
    }

    /**
     * Issues a code binding to {@code personId} (the student or a current representative) for the student. Who may
     * is checked before anything in the request.
     */
    public IssuedInvitation issue(Actor actor, Long classId, Long studentPersonId, Long personId) {
        ClassPlace place = manageable(actor, classId);
        if (studentPersonId == null) {
            throw new InvalidInputException("studentPersonId", CHOOSE_STUDENT);
        }
        if (personId == null) {
            throw new InvalidInputException("personId", CHOOSE_PERSON);
        }
        LocalDate today = today();
        boolean onList = classLists.students(place.classId(), today).stream()
                .anyMatch(s -> s.personId().equals(studentPersonId));
        if (!onList) {
            throw new InvalidInputException("studentPersonId", NOT_IN_CLASS);
        }
        boolean representative = scope.representatives(List.of(studentPersonId), today).stream()
                .anyMatch(r -> r.personId().equals(personId));
        if (!personId.equals(studentPersonId) && !representative) {
            throw new InvalidInputException("personId", NOT_A_REPRESENTATIVE);
        }
        if (!bindings.withConfirmedAccount(List.of(personId)).isEmpty()) {
            throw new ConflictException("personId", SIGNS_IN_ALREADY);
        }
        return issueCode(actor, place, studentPersonId, personId);
    }

    /**
     * The class's invitation letters as a PDF, a page per student: fresh codes (replacing open ones) for the student
     * and every current representative who does not sign in yet. Audited per code and once for the letter.
     */
    public byte[] letters(Actor actor, Long classId, String siteAddress) {
        List<ClassInvitation> invitations = forClass(actor, classId);
        ClassPlace place = scope.classPlace(classId).orElseThrow(() -> new NotFoundException(CLASS_NOT_FOUND));
        String schoolName = scope.schoolName(place.schoolId());
        List<InvitationLetterPdf.Page> pages = new ArrayList<>();
        for (ClassInvitation student : invitations) {
            letterPage(actor, place, schoolName, student).ifPresent(pages::add);
        }
        audit.record(actor, AuditAction.INVITE_LETTER_ISSUED, place.classId());
        return InvitationLetterPdf.render(pages, siteAddress);
    }

    /**
     * One student's letter (a PDF page): fresh codes for the student and every current representative who does not
     * sign in yet; their open codes are revoked. 400 field {@code studentPersonId} when the student is not on the
     * class list today. Audited per code and once for the letter (the student's card).
     */
    public byte[] studentLetter(Actor actor, Long classId, Long studentPersonId, String siteAddress) {
        List<ClassInvitation> invitations = forClass(actor, classId);
        ClassInvitation student = invitations.stream()
                .filter(invitation -> invitation.student().personId().equals(studentPersonId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("studentPersonId", NOT_IN_CLASS));
        ClassPlace place = scope.classPlace(classId).orElseThrow(() -> new NotFoundException(CLASS_NOT_FOUND));
        Optional<InvitationLetterPdf.Page> page = letterPage(actor, place, scope.schoolName(place.schoolId()), student);
        audit.record(actor, AuditAction.INVITE_STUDENT_LETTER_ISSUED, studentPersonId);
        return InvitationLetterPdf.render(page.stream().toList(), siteAddress);
    }

    /** A student's page with fresh codes for those who do not sign in yet; empty when everybody signs in. */
    private Optional<InvitationLetterPdf.Page> letterPage(Actor actor, ClassPlace place, String schoolName,
                                                         ClassInvitation student) {
        List<InvitationLetterPdf.Line> lines = new ArrayList<>();
        Stream.concat(Stream.of(student.student()), student.representatives().stream())
                .filter(invitee -> !invitee.signsIn())
                .forEach(invitee -> {
                    IssuedInvitation issued = issueCode(actor, place, student.student().personId(), invitee.personId());
                    lines.add(new InvitationLetterPdf.Line(WHOM.getOrDefault(invitee.kind(), "представитель"),
                            invitee.displayName(), issued.code(), LETTER_DATE.format(
                                    issued.expiresAt().atZone(region.timeZone()).toLocalDate())));
                });
        return lines.isEmpty() ? Optional.empty() : Optional.of(new InvitationLetterPdf.Page(schoolName,
                place.className(), student.student().displayName(), lines));
    }

    private IssuedInvitation issueCode(Actor actor, ClassPlace place, Long studentPersonId, Long personId) {
        Instant now = clock.instant();
        codes.open(studentPersonId, personId).forEach(open -> open.revoke(now));
        String code = InviteCodeFormat.generate(RANDOM);
        byte[] hash = hasher.hash(InviteCodeFormat.normalise(code).orElseThrow(), PURPOSE);
        InviteCode issued = codes.add(InviteCode.issue(hash, place.schoolId(), studentPersonId, personId, actor, now));
        audit.record(actor, AuditAction.INVITE_ISSUED, issued.id());
        return new IssuedInvitation(issued.id(), code, issued.expiresAt(), scope.displayName(personId),
                scope.displayName(studentPersonId), place.className(), issued.purpose().name());
    }

    /** Binds the signed-in account to the card the code names. */
    public RedeemedInvitation redeem(Actor account, String typed) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(FAILURE_WINDOW);
        Optional<String> origin = RequestOrigin.current();
        if (codes.failedAttemptsSince(account.issuer(), account.subject(), windowStart) >= MAX_FAILURES
                || origin.isPresent() && codes.failedAttemptsFromSince(origin.get(), windowStart) >= MAX_ORIGIN_FAILURES) {
            attempts.lockedOut(account);
            throw new TooManyAttemptsException(TOO_MANY);
        }
        try {
            String normalised = InviteCodeFormat.normalise(typed)
                    .orElseThrow(() -> new InvalidInputException("code", BAD_FORMAT));
            InviteCode code = codes.findByHash(hasher.hash(normalised, PURPOSE))
                    .orElseThrow(() -> new InvalidInputException("code", UNKNOWN));
            Optional<AccountBinding> active = bindings.findActive(account.issuer(), account.subject());
            if (active.isPresent() && !(active.get().state() == BindingState.CONFIRMED
                    && active.get().personId().equals(code.personId()))) {
                throw new ConflictException("code", BOUND_ELSEWHERE);
            }
            code.redeem(account.issuer(), account.subject(), now);
            if (active.isEmpty()) {
                AccountBinding binding = bindings.add(AccountBinding.byInvitation(account.issuer(), account.subject(),
                        code.personId(), now, code.issuedByIssuer(), code.issuedBySubject()));
                audit.record(account, AuditAction.ACCOUNT_BINDING_CONFIRMED, binding.id());
            }
            audit.record(account, AuditAction.INVITE_REDEEMED, code.id());
            attempts.succeeded(account, now);
            return new RedeemedInvitation(code.personId(), scope.displayName(code.personId()),
                    code.studentPersonId(), scope.displayName(code.studentPersonId()), code.purpose().name());
        } catch (InvalidInputException | ConflictException refused) {
            attempts.failed(account, now);
            throw refused;
        }
    }

    /** The class, once the actor may manage its invitations: its class teacher or the school's administrator. */
    private ClassPlace manageable(Actor actor, Long classId) {
        ClassPlace place = scope.classPlace(classId).orElseThrow(() -> new NotFoundException(CLASS_NOT_FOUND));
        boolean classTeacher = actor != null && place.classTeacherPersonId() != null
                && actor.boundPerson().filter(place.classTeacherPersonId()::equals).isPresent();
        if (!classTeacher && !schoolAccess.mayAdminister(actor, place.schoolId())) {
            throw new AccessDeniedException();
        }
        return place;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(region.timeZone()));
    }
}
