package org.zhurnal.federal.application;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.federal.persistence.StudentEsiaIds;
import org.zhurnal.people.domain.ProtectedSnils;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.people.domain.SnilsProtector;
import org.zhurnal.school.application.RegionSettings;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;
import org.zhurnal.shared.security.SchoolAccess;

/** The matching and never-overwrite rules of learning children's ESIA ids, over an in-memory store. */
class ChildEsiaIdsTest {

    static final Actor PARENT = new Actor("kc", "parent", new PersonName("Ершов", "Артём", null), Set.of());
    static final LocalDate BORN = LocalDate.of(2016, 2, 14);

    final Map<String, Long> studentsBySnilsDigits = new HashMap<>();
    final Map<Long, String> oidOfCard = new HashMap<>();
    final Map<String, Long> cardOfOid = new HashMap<>();
    final List<Long> childrenByNames = new ArrayList<>();
    final List<String> conflicts = new ArrayList<>();
    final List<String> audited = new ArrayList<>();
    ChildEsiaIds service;

    @BeforeEach
    void setUp() {
        studentsBySnilsDigits.put("81100005198", 11L);
        service = new ChildEsiaIds();
        service.records = new StudentEsiaIds() {
            @Override
            public Optional<Long> studentBySnilsHash(byte[] hash) {
                return Optional.ofNullable(studentsBySnilsDigits.get(new String(hash, UTF_8)));
            }

            @Override
            public List<Long> childrenOfAccountByNamesAndBirthDate(String issuer, String subject, String surname,
                    String givenName, String patronymic, LocalDate birthDate, LocalDate today) {
                return childrenByNames;
            }

            @Override
            public Optional<String> oidOf(long person) {
                return Optional.ofNullable(oidOfCard.get(person));
            }

            @Override
            public Optional<Long> holderOf(String oid) {
                return Optional.ofNullable(cardOfOid.get(oid));
            }

            @Override
            public boolean record(String oid, long person, String matchedBy, String issuer, String subject,
                                  Instant at) {
                oidOfCard.put(person, oid);
                cardOfOid.put(oid, person);
                audited.add("recorded " + oid + " " + person + " " + matchedBy + " by " + subject);
                return true;
            }

            @Override
            public Optional<Long> conflict(long person, String offered, String recorded, Long otherPerson,
                                           String issuer, String subject, Instant at) {
                String key = person + " " + offered + " " + recorded + " " + otherPerson;
                if (conflicts.contains(key)) {
                    return Optional.empty();
                }
                conflicts.add(key);
                return Optional.of((long) conflicts.size());
            }
        };
        service.snilsProtector = new SnilsProtector() {
            @Override
            public ProtectedSnils protect(Snils snils) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] lookupHash(Snils snils) {
                return snils.digits().getBytes(UTF_8);
            }

            @Override
            public Snils reveal(ProtectedSnils stored) {
                throw new UnsupportedOperationException();
            }
        };
        service.region = new RegionSettings() {
            @Override
            public ZoneId timeZone() {
                return ZoneOffset.UTC;
            }
        };
        service.schoolAccess = new SchoolAccess() {
            @Override
            public boolean mayAdminister(Actor actor, Long schoolId) {
                return actor.has(Role.REGION_ADMIN);
            }
        };
        service.audit = new AuditLog() {
            @Override
            public void record(Actor actor, AuditAction action, Object objectId) {
                audited.add(action.code() + " " + objectId + " by " + actor.subject());
            }
        };
        service.clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void aChildMatchedBySnilsGetsItsIdOnceAndAuditedAsTheParent() {
        EsiaChild ksenia = child("1000051", "811-000-051 98");

        assertThat(service.recordFromParent(PARENT, List.of(ksenia))).isEqualTo(new ChildEsiaIds.Outcome(1, 0, 0, 0));
        assertThat(service.recordFromParent(PARENT, List.of(ksenia))).isEqualTo(new ChildEsiaIds.Outcome(0, 1, 0, 0));

        assertThat(oidOfCard).containsEntry(11L, "1000051");
        assertThat(audited).containsExactly("recorded 1000051 11 SNILS by parent",
                "exchange.esia-id-recorded 11 by parent");
    }

    @Test
    void anotherIdIsNeverWrittenOverButKeptOnceAsAConflict() {
        oidOfCard.put(11L, "1000098");
        cardOfOid.put("1000098", 11L);

        assertThat(service.recordFromParent(PARENT, List.of(child("1000051", "811-000-051 98"))).conflicts())
                .isEqualTo(1);
        service.recordFromParent(PARENT, List.of(child("1000051", "811-000-051 98")));

        assertThat(oidOfCard).containsEntry(11L, "1000098");
        assertThat(conflicts).containsExactly("11 1000051 1000098 null");
        assertThat(audited).containsExactly("exchange.esia-id-conflict 1 by parent");
    }

    @Test
    void anIdHeldByAnotherCardIsAConflictToo() {
        cardOfOid.put("1000051", 99L);

        assertThat(service.recordFromParent(PARENT, List.of(child("1000051", "811-000-051 98"))).conflicts())
                .isEqualTo(1);

        assertThat(oidOfCard).doesNotContainKey(11L);
        assertThat(conflicts).containsExactly("11 1000051 null 99");
    }

    @Test
    void aSnilsThatFindsNobodyMatchesNobodyEvenWhenTheNamesWould() {
        childrenByNames.add(11L);

        ChildEsiaIds.Outcome outcome = service.recordFromParent(PARENT, List.of(child("1000054", "811-000-054 00"),
                child("1000055", "811-000-051 99"), child("не число", "811-000-051 98")));

        assertThat(outcome).isEqualTo(new ChildEsiaIds.Outcome(0, 0, 0, 3));
        assertThat(oidOfCard).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void withoutSnilsOnlyExactlyOneOfTheParentsOwnChildrenMatches() {
        EsiaChild timofey = child("1000052", null);

        assertThat(service.recordFromParent(PARENT, List.of(timofey)).unmatched()).as("no child of the parent's card")
                .isEqualTo(1);
        childrenByNames.addAll(List.of(21L, 22L));
        assertThat(service.recordFromParent(PARENT, List.of(timofey)).unmatched()).as("ambiguous").isEqualTo(1);
        childrenByNames.remove(22L);
        assertThat(service.recordFromParent(PARENT, List.of(timofey)).recorded()).isEqualTo(1);

        assertThat(oidOfCard).containsExactly(Map.entry(21L, "1000052"));
        assertThat(audited).contains("recorded 1000052 21 NAME_BIRTH_DATE by parent");
        assertThat(service.recordFromParent(PARENT, List.of(new EsiaChild("1000057", null, "Ершов", "", null, BORN)))
                .unmatched()).as("no given name").isEqualTo(1);
    }

    @Test
    void conflictsAreReadByWhoeverAdministersTheSchool() {
        Actor admin = new Actor("kc", "admin", new PersonName("А", "Б", null), Set.of(Role.REGION_ADMIN));
        service.records = new StudentEsiaIds() {
            @Override
            public List<EsiaIdConflict> conflictsOfSchool(long school, int limit) {
                return List.of();
            }
        };

        assertThat(service.conflicts(admin, 7)).isEmpty();
        assertThat(audited).containsExactly("exchange.esia-id-conflicts-read 7 by admin");
        assertThatThrownBy(() -> service.conflicts(PARENT, 7)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChildsPersonalDataStaysOutOfItsText() {
        assertThat(child("1000051", "811-000-051 98").toString()).doesNotContain("811", "Ершова", "1000051");
    }

    private static EsiaChild child(String oid, String snils) {
        return new EsiaChild(oid, snils, "Ершова", "Ксения", "Артёмовна", BORN);
    }
}
