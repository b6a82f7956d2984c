package org.zhurnal.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.guardians.domain.GuardianKind;
import org.zhurnal.guardians.domain.Guardianship;
import org.zhurnal.guardians.domain.Guardianships;
import org.zhurnal.identity.application.InviteScope.ClassPlace;
import org.zhurnal.identity.domain.AccountBinding;
import org.zhurnal.identity.domain.BindingRecords;
import org.zhurnal.identity.domain.BindingState;
import org.zhurnal.identity.domain.GuardianLink;
import org.zhurnal.identity.domain.GuardianLinks;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Persons;
import org.zhurnal.people.domain.ProtectedSnils;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.people.domain.SnilsProtector;
import org.zhurnal.school.application.RegionSettings;
import org.zhurnal.school.application.SchoolPositions;
import org.zhurnal.school.application.StaffRoster;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * Guardian links from the state portal's children list. At a sign-in, every child SNILS of the account that
 * finds (by keyed hash) the card of a student currently on a class list becomes a pending suggestion, unless the
 * account was ever suggested for that child or is already bound to one of the child's current representatives.
 * Nothing is linked automatically: the child's class teacher, a journal administrator of the child's school or the
 * region administrator confirms (the account is bound to the card with the account's SNILS, or to a new card, which
 * becomes a current representative of the child) or refuses. Every step is audited by the suggestion's id; no
 * SNILS is logged, and the children's SNILS are not stored at all.
 */
@Stateless
public class GuardianLinkService {

    static final String NOT_FOUND = "Предложение не найдено";
    static final String CHOOSE_KIND = "Укажите, кем приходится ребёнку: MOTHER, FATHER, ADOPTIVE, GUARDIAN или TRUSTEE";
    static final String AWAITS_STAFF_BINDING =
            "Учётная запись ожидает привязки к карточке сотрудника: сначала рассмотрите ту привязку";
    private static final int PENDING_LIMIT = 200;

    @Inject
    GuardianLinks links;

    @Inject
    BindingRecords bindings;

    @Inject
    Persons persons;

    @Inject
    Guardianships guardianships;

    @Inject
    SnilsProtector snilsProtector;

    @Inject
    InviteScope scope;

    @Inject
    StaffRoster roster;

    @Inject
    SchoolAccess schoolAccess;

    @Inject
    RegionSettings region;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** At a confirmed account's sign-in: suggestions for the account's children on class lists; their number. */
    public int suggestAtSignIn(Actor account, String accountSnils, Collection<String> kidsSnils) {
        List<byte[]> hashes = kidsSnils.stream().map(GuardianLinkService::parsed).flatMap(Optional::stream)
                .map(snilsProtector::lookupHash).toList();
        if (hashes.isEmpty()) {
            return 0;
        }
        LocalDate today = today();
        Optional<Long> boundCard = bindings.findActive(account.issuer(), account.subject())
                .filter(b -> b.state() == BindingState.CONFIRMED).map(AccountBinding::personId);
        int made = 0;
        for (Person child : persons.findBySnilsHashes(hashes)) {
            Optional<ClassPlace> place = scope.classOf(child.id(), today);
            if (place.isEmpty() || links.exists(account.issuer(), account.subject(), child.id())
                    || boundCard.filter(card -> isRepresentative(card, child.id(), today)).isPresent()) {
                continue;
            }
            ProtectedSnils own = parsed(accountSnils).map(snilsProtector::protect).orElse(null);
            GuardianLink link = links.add(GuardianLink.suggest(account, own, child.id(), place.get().schoolId(),
                    clock.instant()));
            audit.record(account, AuditAction.GUARDIAN_LINK_SUGGESTED, link.id());
            made++;
        }
        return made;
    }

    /**
     * Pending suggestions the actor may decide, oldest first: all for the region administrator; for staff, those of
     * the children of their classes and of the schools they administer. Refused to anybody without a staff card.
     */
    public List<GuardianLinkSuggestion> pending(Actor actor) {
        if (actor == null) {
            throw new AccessDeniedException();
        }
        if (actor.has(Role.REGION_ADMIN)) {
            return links.pending(null, PENDING_LIMIT).stream().map(this::view).toList();
        }
        Set<Long> schools = actor.boundPerson().map(roster::currentPositions).orElse(List.of()).stream()
                .map(SchoolPositions::schoolId).collect(Collectors.toSet());
        if (schools.isEmpty()) {
            throw new AccessDeniedException();
        }
        LocalDate today = today();
        List<GuardianLinkSuggestion> result = new ArrayList<>();
        for (GuardianLink link : links.pending(schools, PENDING_LIMIT)) {
            if (mayDecide(actor, link, today)) {
                result.add(view(link));
            }
        }
        return result;
    }

    /** Confirms: the account is bound to a representative card of the child (found or made) of this kind. */
    public GuardianLinkSuggestion confirm(Actor actor, Long linkId, String kindCode) {
        GuardianLink link = decidable(actor, linkId);
        GuardianKind kind = kind(kindCode);
        link.requirePending();
        Instant now = clock.instant();
        LocalDate today = today();
        Optional<AccountBinding> active = bindings.findActive(link.issuer(), link.subject());
        if (active.isPresent() && active.get().state() == BindingState.PENDING) {
            throw new ConflictException("state", AWAITS_STAFF_BINDING);
        }
        Long card = active.map(AccountBinding::personId).orElseGet(() -> cardFor(link, kind, today));
        if (!isRepresentative(card, link.childPersonId(), today)) {
            Guardianship added = guardianships.add(Guardianship.establish(link.childPersonId(), card, kind, today));
            audit.record(actor, AuditAction.GUARDIANSHIP_ADDED, added.id());
        }
        if (active.isEmpty()) {
            AccountBinding binding = bindings.add(AccountBinding.byInvitation(link.issuer(), link.subject(), card, now,
                    actor.issuer(), actor.subject()));
            audit.record(actor, AuditAction.ACCOUNT_BINDING_CONFIRMED, binding.id());
        }
        link.confirm(actor, card, now);
        audit.record(actor, AuditAction.GUARDIAN_LINK_CONFIRMED, link.id());
        return view(link);
    }

    public GuardianLinkSuggestion reject(Actor actor, Long linkId) {
        GuardianLink link = decidable(actor, linkId);
        link.reject(actor, clock.instant());
        audit.record(actor, AuditAction.GUARDIAN_LINK_REJECTED, link.id());
        return view(link);
    }

    /** The suggestion, once the actor may decide it; never about their own account. */
    private GuardianLink decidable(Actor actor, Long linkId) {
        if (actor == null) {
            throw new AccessDeniedException();
        }
        GuardianLink link = links.find(linkId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (link.isOf(actor.issuer(), actor.subject()) || !mayDecide(actor, link, today())) {
            throw new AccessDeniedException();
        }
        return link;
    }

    /** The child's class teacher (today's class), or whoever administers the school of the suggestion. */
    private boolean mayDecide(Actor actor, GuardianLink link, LocalDate today) {
        if (schoolAccess.mayAdminister(actor, link.schoolId())) {
            return true;
        }
        return actor.boundPerson().filter(person -> scope.classOf(link.childPersonId(), today)
                .map(ClassPlace::classTeacherPersonId).filter(person::equals).isPresent()).isPresent();
    }

    /** The card with the account's SNILS, or a new card named as the state portal names the account. */
    private Long cardFor(GuardianLink link, GuardianKind kind, LocalDate today) {
        Optional<ProtectedSnils> snils = link.accountSnils();
        Optional<Person> known = snils.flatMap(s -> persons.findBySnilsHash(s.lookupHash()));
        if (known.isPresent()) {
            return known.get().id();
        }
        ProtectedSnils copy = snils.map(s -> new ProtectedSnils(s.cipher(), s.lookupHash())).orElse(null);
        return persons.add(Person.register(link.accountName(), null, kind.impliedSex().orElse(null), copy, today)).id();
    }

    private boolean isRepresentative(Long card, Long child, LocalDate today) {
        return scope.representatives(List.of(child), today).stream().anyMatch(r -> r.personId().equals(card));
    }

    private GuardianLinkSuggestion view(GuardianLink link) {
        String className = scope.classOf(link.childPersonId(), today()).map(ClassPlace::className).orElse("");
        boolean knownCard = link.accountSnils().flatMap(s -> persons.findBySnilsHash(s.lookupHash())).isPresent();
        return new GuardianLinkSuggestion(link.id(), link.state().name(), link.childPersonId(),
                scope.displayName(link.childPersonId()), className, link.accountName().full(), link.suggestedAt(),
                knownCard);
    }

    private static GuardianKind kind(String code) {
        try {
            return GuardianKind.valueOf(code == null ? "" : code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", CHOOSE_KIND);
        }
    }

    private static Optional<Snils> parsed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Snils.parse(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(region.timeZone()));
    }
}
