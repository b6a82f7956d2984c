-- Demo parents of school № 1's students with contacts and consents, and the bindings of the demo sign-in
-- accounts to their person cards (ZHURNAL_DEMO_DATA=true). Idempotent. Named so that it runs after the
-- other demo scripts (Flyway runs repeatable scripts in the order of their descriptions).
--
-- ${demo_issuer} is the Keycloak realm's issuer (DatabaseMigrator: zhurnal.demo-issuer, by default the OIDC
-- discovery address without its well-known suffix); the subjects are the realm's fixed demo user ids
-- (config/src/main/resources/keycloak/zhurnal-realm.json). ${demo_journal_admin_subject} is the journal
-- administrator's subject, or 'none' where his account must stay unbound (the system tests bind it through
-- the suggestion flow themselves).

CREATE TEMPORARY TABLE demo_family ON COMMIT DROP AS
SELECT * FROM (VALUES
    ('Петрова', 'Анна', 'Петров', 'Сергей', 'Николаевич', DATE '1982-07-19', 'MALE', 'FATHER', '+79130000004', 'petrov.demo@example.ru'),
    ('Петрова', 'Анна', 'Петрова', 'Елена', 'Викторовна', DATE '1984-03-05', 'FEMALE', 'MOTHER', '+79130000014', NULL),
    ('Смирнов', 'Артём', 'Смирнова', 'Юлия', 'Андреевна', DATE '1990-10-12', 'FEMALE', 'MOTHER', '+79130000021', NULL),
    ('Кузьмина', 'Варвара', 'Кузьмин', 'Андрей', 'Олегович', DATE '1988-01-30', 'MALE', 'FATHER', NULL, NULL),
    ('Алексеева', 'Дарья', 'Алексеев', 'Роман', 'Викторович', DATE '1985-11-02', 'MALE', 'FATHER', '+79130000031', NULL),
    ('Ефимов', 'Тимофей', 'Ефимова', 'Наталья', 'Олеговна', DATE '1987-04-14', 'FEMALE', 'MOTHER', NULL, 'efimova.demo@example.ru'),
    ('Захарова', 'Ксения', 'Захаров', 'Владимир', 'Ильич', DATE '1983-08-08', 'MALE', 'FATHER', NULL, NULL),
    ('Лебедев', 'Никита', 'Лебедева', 'Ирина', 'Павловна', DATE '1986-12-24', 'FEMALE', 'MOTHER', '+79130000041', NULL),
    ('Новиков', 'Даниил', 'Новикова', 'Светлана', 'Игоревна', DATE '1980-02-17', 'FEMALE', 'GUARDIAN', NULL, NULL)
) AS v (child_surname, child_given_name, surname, given_name, patronymic, birth_date, sex, kind, phone, email);

INSERT INTO person (surname, given_name, patronymic, birth_date, sex)
SELECT DISTINCT v.surname, v.given_name, v.patronymic, v.birth_date, v.sex
FROM demo_family v
WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.surname = v.surname AND p.given_name = v.given_name
                  AND p.patronymic = v.patronymic AND p.birth_date = v.birth_date AND p.snils_hash IS NULL);

-- The demo children are the students enrolled at school № 1 by R__demo_school_classes.sql.
CREATE TEMPORARY TABLE demo_family_card ON COMMIT DROP AS
SELECT v.*, parent.id AS parent_id, child.id AS child_id
FROM demo_family v
JOIN LATERAL (SELECT min(p.id) AS id FROM person p WHERE p.surname = v.surname AND p.given_name = v.given_name
              AND p.patronymic = v.patronymic AND p.birth_date = v.birth_date AND p.snils_hash IS NULL) parent ON TRUE
JOIN LATERAL (SELECT min(p.id) AS id FROM person p
              JOIN student st ON st.person_id = p.id
              JOIN school s ON s.id = st.school_id AND s.inn = '2460000010'
              WHERE p.surname = v.child_surname AND p.given_name = v.child_given_name AND p.snils_hash IS NULL) child ON TRUE
WHERE child.id IS NOT NULL;

INSERT INTO guardianship (child_person_id, guardian_person_id, kind, valid_from)
SELECT f.child_id, f.parent_id, f.kind, DATE '2026-09-01'
FROM demo_family_card f
WHERE NOT EXISTS (SELECT 1 FROM guardianship g WHERE g.child_person_id = f.child_id
                  AND g.guardian_person_id = f.parent_id);

INSERT INTO person_contact (person_id, phone, email)
SELECT DISTINCT f.parent_id, f.phone, f.email
FROM demo_family_card f
WHERE f.phone IS NOT NULL OR f.email IS NOT NULL
ON CONFLICT (person_id) DO NOTHING;

-- Consents to keeping the electronic journal, given by the first parent of each child on enrolment.
INSERT INTO pd_consent (person_id, given_by_person_id, purpose, given_on, document_ref, recorded_at,
                        recorded_by_issuer, recorded_by_subject)
SELECT f.child_id, min(f.parent_id), 'ELECTRONIC_JOURNAL', DATE '2026-08-28', 'Заявление о зачислении',
       CURRENT_TIMESTAMP, 'zhurnal-demo-data', 'R__demo_ties_parents_and_account_bindings'
FROM demo_family_card f
WHERE NOT EXISTS (SELECT 1 FROM pd_consent c WHERE c.person_id = f.child_id AND c.purpose = 'ELECTRONIC_JOURNAL')
GROUP BY f.child_id;

-- The demo accounts act as their person cards: Кузнецов (journal administrator of school № 1), Иванова
-- (teacher, class teacher of 5А), Петров (parent of Петрова Анна) and Петрова Анна (student of 9А).
CREATE TEMPORARY TABLE demo_account ON COMMIT DROP AS
SELECT v.subject, (SELECT min(p.id) FROM person p WHERE p.surname = v.surname AND p.given_name = v.given_name
                   AND p.patronymic = v.patronymic AND p.snils_hash IS NULL) AS person_id
FROM (VALUES
    ('${demo_journal_admin_subject}', 'Кузнецов', 'Андрей', 'Сергеевич'),
    ('e51a0000-0000-4000-8000-000001000003', 'Иванова', 'Мария', 'Петровна'),
    ('e51a0000-0000-4000-8000-000001000004', 'Петров', 'Сергей', 'Николаевич'),
    ('e51a0000-0000-4000-8000-000001000005', 'Петрова', 'Анна', 'Сергеевна')
) AS v (subject, surname, given_name, patronymic);

INSERT INTO account_binding (issuer, subject, person_id, state, suggested_at, decided_at, decided_by_issuer,
                             decided_by_subject)
SELECT '${demo_issuer}', a.subject, a.person_id, 'CONFIRMED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
       'zhurnal-demo-data', 'R__demo_ties_parents_and_account_bindings'
FROM demo_account a
WHERE a.person_id IS NOT NULL AND a.subject <> 'none'
  AND NOT EXISTS (SELECT 1 FROM account_binding b WHERE b.issuer = '${demo_issuer}' AND b.subject = a.subject
                  AND b.state IN ('PENDING', 'CONFIRMED'));
