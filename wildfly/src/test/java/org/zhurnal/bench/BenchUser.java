package org.zhurnal.bench;

import java.util.List;

/**
 * A person of the generated region who signs in during a benchmark: a parent (reading the diaries of
 * {@code children}) or a teacher (saving {@code lessons}). {@code oid} is the state portal account the
 * ESIA simulator knows them by; {@code subject} the fixed Keycloak user id their account is bound with.
 */
record BenchUser(long personId, long oid, String subject, String role, String surname, String givenName,
                 String patronymic, String birthDate, List<Long> children) {

    /** Fixed, recognisable Keycloak ids for benchmark users: {@code b3000000-0000-4000-8000-<oid>}. */
    static String subjectFor(long oid) {
        return String.format("b3000000-0000-4000-8000-%012d", oid);
    }
}
