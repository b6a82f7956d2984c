package org.zhurnal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chooses the benchmark's users from the generated region — parents spread over all schools, and teachers —
 * and makes them able to sign in for real: a persons file for the ESIA simulator, a users file for
 * Keycloak's realm import (fixed ids, linked to the ESIA account), and confirmed account bindings.
 */
final class BenchUsers {

    static final long FIRST_OID = 5_000_001L;

    private BenchUsers() {
    }

    /** {@code parents} parents with their children, chosen evenly by id, and these teachers. */
    static List<BenchUser> choose(Connection db, int parents, Collection<Long> teachers) throws SQLException {
        List<BenchUser> users = new ArrayList<>();
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement("""
                WITH numbered AS (
                    SELECT g.guardian_person_id, g.child_person_id,
                           dense_rank() OVER (ORDER BY g.guardian_person_id) AS n
                    FROM guardianship g WHERE g.valid_to IS NULL)
                SELECT guardian_person_id, child_person_id FROM numbered
                WHERE n % greatest(1, (SELECT count(DISTINCT guardian_person_id) FROM guardianship) / ?) = 0
                ORDER BY guardian_person_id, child_person_id""")) {
            select.setInt(1, parents);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next() && (children.size() < parents || children.containsKey(rs.getLong(1)))) {
                    children.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        long oid = FIRST_OID;
        for (Map.Entry<Long, List<Long>> parent : children.entrySet()) {
            users.add(person(db, parent.getKey(), oid++, "parent", parent.getValue()));
        }
        for (long teacher : teachers) {
            users.add(person(db, teacher, oid++, "teacher", List.of()));
        }
        return users;
    }

    private static BenchUser person(Connection db, long personId, long oid, String role, List<Long> children)
            throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT surname, given_name, patronymic, birth_date FROM person WHERE id = ?")) {
            select.setLong(1, personId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new BenchUser(personId, oid, BenchUser.subjectFor(oid), role, rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), children);
            }
        }
    }

    /** Confirmed bindings of the users' accounts (replacing earlier benchmark bindings). */
    static void bind(Connection db, List<BenchUser> users, String issuer) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM account_binding WHERE subject LIKE 'b3000000-%'")) {
            delete.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO account_binding (issuer, subject, person_id, state, suggested_at, decided_at,
                                             decided_by_issuer, decided_by_subject)
                VALUES (?, ?, ?, 'CONFIRMED', now(), now(), 'zhurnal-bench', 'bench')""")) {
            for (BenchUser user : users) {
                insert.setString(1, issuer);
                insert.setString(2, user.subject());
                insert.setLong(3, user.personId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A valid SNILS made from the oid («1XX-XXX-XXX CC»): the simulator's fixture requires one. */
    static String snils(long oid) {
        String digits = String.format("%09d", 100_000_000L + oid % 100_000_000L);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : sum % 101 % 100;
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + " "
                + String.format("%02d", check);
    }

    /** The ESIA simulator's fixture format: trusted accounts (bound already, so never suggested by SNILS). */
    static void writeSimulatorPersons(Path file, List<BenchUser> users) {
        String persons = users.stream().map(u -> String.format(
                "{\"oid\": %d, \"lastName\": %s, \"firstName\": %s, \"middleName\": %s, \"birthDate\": \"%s\","
                        + " \"snils\": \"%s\", \"trusted\": true, \"hint\": \"нагрузочный тест\", \"kids\": []}",
                u.oid(), json(u.surname()), json(u.givenName()), json(u.patronymic()), u.birthDate(), snils(u.oid())))
                .collect(Collectors.joining(",\n"));
        write(file, "{\"persons\": [\n" + persons + "\n]}\n");
    }

    /** Keycloak's partial users file for the realm import: fixed ids, the ESIA link and the realm role. */
    static void writeKeycloakUsers(Path file, String realm, List<BenchUser> users) {
        String list = users.stream().map(u -> String.format(
                "{\"id\": \"%s\", \"username\": \"esia-%d\", \"enabled\": true, \"firstName\": %s, \"lastName\": %s,"
                        + " \"attributes\": {\"middle_name\": [%s], \"birthdate\": [\"%s\"], \"esia_trusted\": [\"true\"]},"
                        + " \"federatedIdentities\": [{\"identityProvider\": \"esia\", \"userId\": \"%d\","
                        + " \"userName\": \"%d\"}], \"realmRoles\": [\"%s\"]}",
                u.subject(), u.oid(), json(u.givenName()), json(u.surname()), json(u.patronymic()), u.birthDate(),
                u.oid(), u.oid(), u.role())).collect(Collectors.joining(",\n"));
        write(file, "{\"realm\": \"" + realm + "\", \"users\": [\n" + list + "\n]}\n");
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(String text) {
        if (text == null) {
            return "null";
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
