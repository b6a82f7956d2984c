package org.zhurnal.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.identity.domain.AccountBinding;
import org.zhurnal.identity.domain.BindingRecords;
import org.zhurnal.identity.domain.BindingState;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Persons;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.people.domain.SnilsProtector;
import org.zhurnal.school.application.SchoolPositions;
import org.zhurnal.school.application.StaffRoster;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * Binds sign-in accounts to person cards. At sign-in, a state portal SNILS that matches (by keyed hash)
 * the card of somebody holding a current staff position becomes a pending suggestion; nothing is ever
 * bound automatically: the region administrator, or a journal administrator of a school where the card
 * holds a current position, confirms or rejects. All three steps are audited, naming only the binding.
 */
@Stateless
public class AccountBindings {

    static final String NOT_FOUND = "Предложение привязки не найдено";
    private static final int PENDING_LIMIT = 200;

    @Inject
    BindingRecords bindings;

    @Inject
    Persons persons;

    @Inject
    SnilsProtector snilsProtector;

    @Inject
    StaffRoster roster;

    @Inject
    AuditLog audit;

    @Inject
    RelationRoles relationRoles;

    @Inject
    SchoolAccess schoolAccess;

    @Inject
    Clock clock;

    /** A sign-in refused (an unconfirmed account): audited, nothing else. */
    public void refusedAtSignIn(Actor account) {
        audit.record(account, AuditAction.ACCOUNT_SIGN_IN_REFUSED, account.subject());
    }

    /**
     * At sign-in (audited): the account's binding state, after suggesting a binding when its SNILS finds a
     * staff card.
     */
    public BindingState suggestAtSignIn(Actor account, String esiaSnils) {
        audit.record(account, AuditAction.ACCOUNT_SIGNED_IN, account.subject());
        Optional<AccountBinding> active = bindings.findActive(account.issuer(), account.subject());
        if (active.isPresent()) {
            return active.get().state();
        }
        Optional<Person> card = staffCard(esiaSnils);
        if (card.isEmpty() || bindings.wasRejected(account.issuer(), account.subject(), card.get().id())) {
            return BindingState.NONE;
        }
        AccountBinding suggested = bindings.add(AccountBinding.suggest(account.issuer(), account.subject(),
                card.get().id(), clock.instant()));
        audit.record(account, AuditAction.ACCOUNT_BINDING_SUGGESTED, suggested.id());
        return BindingState.PENDING;
    }

    /** The person card of the account's confirmed binding, if any. */
    public Optional<Long> confirmedPerson(String issuer, String subject) {
        return bindings.findActive(issuer, subject).filter(b -> b.state() == BindingState.CONFIRMED)
                .map(AccountBinding::personId);
    }

    /** Roles the bound card has by its relations (parent of a child, student). */
    public java.util.Set<Role> relationRoles(Long personId) {
        return relationRoles.of(personId);
    }

    /** The actor's own binding: its state and, once confirmed, the schools and current positions. */
    public BindingStatus statusOf(Actor actor) {
        return bindings.findActive(actor.issuer(), actor.subject())
                .map(b -> new BindingStatus(b.state(), b.state() == BindingState.CONFIRMED
                        ? roster.currentPositions(b.personId()) : List.<SchoolPositions>of()))
                .orElse(BindingStatus.NONE);
    }

    /**
     * Pending suggestions, oldest first: all of them for the region administrator, those of the own school's
     * staff for a journal administrator; refused to anybody else.
     */
    public List<BindingSuggestion> pending(Actor actor) {
        if (actor == null || !(actor.has(Role.REGION_ADMIN) || administersSomeSchool(actor))) {
            throw new AccessDeniedException();
        }
        return bindings.pending(PENDING_LIMIT).stream().map(this::view)
                .filter(suggestion -> mayDecide(actor, suggestion.schools())).toList();
    }

    public BindingSuggestion confirm(Actor actor, Long bindingId) {
        AccountBinding binding = decidable(actor, bindingId);
        binding.confirm(actor, clock.instant());
        audit.record(actor, AuditAction.ACCOUNT_BINDING_CONFIRMED, binding.id());
        return view(binding);
    }

    public BindingSuggestion reject(Actor actor, Long bindingId) {
        AccountBinding binding = decidable(actor, bindingId);
        binding.reject(actor, clock.instant());
        audit.record(actor, AuditAction.ACCOUNT_BINDING_REJECTED, binding.id());
        return view(binding);
    }

    /**
     * The binding, once the actor may decide on it: the region administrator, or a journal administrator of a
     * school where the card holds a current position; never about their own account.
     */
    private AccountBinding decidable(Actor actor, Long bindingId) {
        if (actor == null || !(actor.has(Role.REGION_ADMIN) || actor.has(Role.JOURNAL_ADMIN))) {
            throw new AccessDeniedException();
        }
        AccountBinding binding = bindings.find(bindingId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (binding.issuer().equals(actor.issuer()) && binding.subject().equals(actor.subject())
                || !mayDecide(actor, roster.currentPositions(binding.personId()))) {
            throw new AccessDeniedException();
        }
        return binding;
    }

    /** Whether the actor's own card currently holds a journal administrator position somewhere. */
    private boolean administersSomeSchool(Actor actor) {
        return actor.boundPerson().map(person -> roster.currentPositions(person).stream()
                        .anyMatch(school -> school.positions().contains(Position.JOURNAL_ADMIN)))
                .orElse(false);
    }

    private boolean mayDecide(Actor actor, List<SchoolPositions> cardSchools) {
        return actor.has(Role.REGION_ADMIN)
                || cardSchools.stream().anyMatch(school -> schoolAccess.mayAdminister(actor, school.schoolId()));
    }

    private Optional<Person> staffCard(String esiaSnils) {
        if (esiaSnils == null || esiaSnils.isBlank()) {
            return Optional.empty();
        }
        Snils snils;
        try {
            snils = Snils.parse(esiaSnils);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        return persons.findBySnilsHash(snilsProtector.lookupHash(snils))
                .filter(card -> !roster.currentPositions(card.id()).isEmpty());
    }

    private BindingSuggestion view(AccountBinding binding) {
        String name = persons.find(binding.personId()).map(Person::displayName).orElse("");
        return new BindingSuggestion(binding.id(), binding.state(), binding.personId(), name,
                binding.suggestedAt(), roster.currentPositions(binding.personId()));
    }
}
