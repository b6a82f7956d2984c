-- Demo classes of school № 1 (INN 2460000010) for the dev stack (ZHURNAL_DEMO_DATA=true). Idempotent.
-- Named so that it runs after R__demo_region.sql (Flyway runs repeatable scripts in the order of their
-- descriptions): the school must exist first. Cards have no SNILS: a script has no personal-data key.

-- The academic year 2026/2027 in quarters, unless the school already has a year starting that day.
INSERT INTO academic_year (school_id, starts_on, ends_on, period_system, working_week)
SELECT s.id, DATE '2026-09-01', DATE '2027-05-31', 'QUARTERS', 'FIVE_DAYS'
FROM region r JOIN school s ON s.region_id = r.id AND s.inn = '2460000010'
WHERE r.code = '24'
ON CONFLICT (school_id, starts_on) DO NOTHING;

CREATE TEMPORARY TABLE demo_year ON COMMIT DROP AS
SELECT y.id, y.school_id
FROM region r
JOIN school s ON s.region_id = r.id AND s.inn = '2460000010'
JOIN academic_year y ON y.school_id = s.id AND y.starts_on = DATE '2026-09-01'
WHERE r.code = '24';

INSERT INTO reporting_period (academic_year_id, number, starts_on, ends_on)
SELECT y.id, p.number, p.starts_on, p.ends_on
FROM demo_year y
CROSS JOIN (VALUES
    (1, DATE '2026-09-01', DATE '2026-10-24'),
    (2, DATE '2026-11-05', DATE '2026-12-28'),
    (3, DATE '2027-01-12', DATE '2027-03-20'),
    (4, DATE '2027-03-30', DATE '2027-05-26')
) AS p (number, starts_on, ends_on)
WHERE NOT EXISTS (SELECT 1 FROM reporting_period rp WHERE rp.academic_year_id = y.id);

INSERT INTO non_working_day (academic_year_id, day, reason)
SELECT y.id, d.day, d.reason
FROM demo_year y
CROSS JOIN (VALUES
    (DATE '2026-11-04', 'День народного единства'),
    (DATE '2027-02-23', 'День защитника Отечества'),
    (DATE '2027-03-08', 'Международный женский день'),
    (DATE '2027-05-10', 'Перенос выходного дня (День Победы)')
) AS d (day, reason)
ON CONFLICT DO NOTHING;

-- Иванова Мария Петровна (the simulator's teacher and class teacher): a teacher of school № 1.
INSERT INTO person (surname, given_name, patronymic, birth_date, sex)
SELECT 'Иванова', 'Мария', 'Петровна', DATE '1986-11-23', 'FEMALE'
WHERE NOT EXISTS (SELECT 1 FROM person WHERE surname = 'Иванова' AND given_name = 'Мария'
                  AND patronymic = 'Петровна' AND snils_hash IS NULL);

CREATE TEMPORARY TABLE demo_teacher ON COMMIT DROP AS
SELECT min(id) AS id FROM person
WHERE surname = 'Иванова' AND given_name = 'Мария' AND patronymic = 'Петровна' AND snils_hash IS NULL;

INSERT INTO staff_position (school_id, person_id, position, valid_from)
SELECT y.school_id, t.id, 'TEACHER', DATE '2025-09-01'
FROM demo_year y CROSS JOIN demo_teacher t
WHERE NOT EXISTS (SELECT 1 FROM staff_position sp WHERE sp.school_id = y.school_id AND sp.person_id = t.id
                  AND sp.position = 'TEACHER');

INSERT INTO school_class (school_id, academic_year_id, grade, letter, class_teacher_person_id)
SELECT y.school_id, y.id, c.grade, c.letter, CASE WHEN c.grade = 5 AND c.letter = 'А' THEN t.id END
FROM demo_year y
CROSS JOIN demo_teacher t
CROSS JOIN (VALUES (1, 'А'), (5, 'А'), (5, 'Б'), (9, 'А')) AS c (grade, letter)
ON CONFLICT (academic_year_id, grade, letter) DO NOTHING;

INSERT INTO class_group (school_class_id, name)
SELECT c.id, g.name
FROM demo_year y
JOIN school_class c ON c.academic_year_id = y.id AND c.grade = 5 AND c.letter = 'А'
CROSS JOIN (VALUES ('Английский язык, группа 1'), ('Английский язык, группа 2')) AS g (name)
WHERE NOT EXISTS (SELECT 1 FROM class_group cg WHERE cg.school_class_id = c.id AND cg.name = g.name);

-- The students, each arriving on the first day of the year by the enrolment order; one 5А student moves
-- to 5Б at the start of the second quarter, and 5А is split into two English groups.
CREATE TEMPORARY TABLE demo_student ON COMMIT DROP AS
SELECT * FROM (VALUES
    (1, 'А', 'Смирнов', 'Артём', 'Игоревич', DATE '2019-03-14', 'MALE', NULL::VARCHAR, NULL::SMALLINT, NULL::VARCHAR),
    (1, 'А', 'Кузьмина', 'Варвара', 'Андреевна', DATE '2019-07-02', 'FEMALE', NULL, NULL, NULL),
    (1, 'А', 'Волков', 'Михаил', 'Денисович', DATE '2019-01-25', 'MALE', NULL, NULL, NULL),
    (5, 'А', 'Алексеева', 'Дарья', 'Романовна', DATE '2015-05-19', 'FEMALE', NULL, NULL, 'Английский язык, группа 1'),
    (5, 'А', 'Богданов', 'Кирилл', 'Олегович', DATE '2015-02-08', 'MALE', NULL, NULL, 'Английский язык, группа 1'),
    (5, 'А', 'Григорьева', 'Полина', 'Сергеевна', DATE '2014-11-30', 'FEMALE', NULL, NULL, 'Английский язык, группа 2'),
    (5, 'А', 'Ефимов', 'Тимофей', 'Алексеевич', DATE '2015-08-21', 'MALE', 'Б', 2::SMALLINT, 'Английский язык, группа 2'),
    (5, 'Б', 'Захарова', 'Ксения', 'Владимировна', DATE '2015-04-11', 'FEMALE', NULL, NULL, NULL),
    (5, 'Б', 'Ильин', 'Глеб', 'Максимович', DATE '2015-06-17', 'MALE', NULL, NULL, NULL),
    (5, 'Б', 'Киселёва', 'Алиса', 'Евгеньевна', DATE '2015-01-09', 'FEMALE', NULL, NULL, NULL),
    (9, 'А', 'Петрова', 'Анна', 'Сергеевна', DATE '2011-04-12', 'FEMALE', NULL, NULL, NULL),
    (9, 'А', 'Лебедев', 'Никита', 'Павлович', DATE '2011-09-03', 'MALE', NULL, NULL, NULL),
    (9, 'А', 'Морозова', 'Екатерина', 'Ильинична', DATE '2010-12-15', 'FEMALE', NULL, NULL, NULL),
    (9, 'А', 'Новиков', 'Даниил', 'Артёмович', DATE '2011-02-27', 'MALE', NULL, NULL, NULL)
) AS v (grade, letter, surname, given_name, patronymic, birth_date, sex, transfer_letter, transfer_quarter, group_name);

INSERT INTO person (surname, given_name, patronymic, birth_date, sex)
SELECT v.surname, v.given_name, v.patronymic, v.birth_date, v.sex
FROM demo_student v
WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.surname = v.surname AND p.given_name = v.given_name
                  AND p.patronymic = v.patronymic AND p.birth_date = v.birth_date AND p.snils_hash IS NULL);

CREATE TEMPORARY TABLE demo_placement ON COMMIT DROP AS
SELECT p.id AS person_id, y.school_id, c.id AS class_id, moved_to.id AS transfer_class_id,
       q.starts_on AS transfer_on, g.id AS group_id
FROM demo_student v
CROSS JOIN demo_year y
JOIN school_class c ON c.academic_year_id = y.id AND c.grade = v.grade AND c.letter = v.letter
JOIN LATERAL (SELECT min(pp.id) AS id FROM person pp WHERE pp.surname = v.surname AND pp.given_name = v.given_name
              AND pp.patronymic = v.patronymic AND pp.birth_date = v.birth_date AND pp.snils_hash IS NULL) p ON TRUE
LEFT JOIN school_class moved_to ON moved_to.academic_year_id = y.id AND moved_to.grade = v.grade
                                AND moved_to.letter = v.transfer_letter
LEFT JOIN reporting_period q ON q.academic_year_id = y.id AND q.number = v.transfer_quarter
LEFT JOIN class_group g ON g.school_class_id = c.id AND g.name = v.group_name;

INSERT INTO student (person_id, school_id)
SELECT person_id, school_id FROM demo_placement
ON CONFLICT (school_id, person_id) DO NOTHING;

-- Movements only for students without any yet (events are append-only, a rerun adds nothing).
CREATE TEMPORARY TABLE demo_new_placement ON COMMIT DROP AS
SELECT * FROM demo_placement d
WHERE NOT EXISTS (SELECT 1 FROM enrolment_event e WHERE e.person_id = d.person_id);

INSERT INTO enrolment_event (person_id, kind, school_class_id, class_group_id, effective_on, order_ref,
                             recorded_at, recorded_by_issuer, recorded_by_subject)
SELECT m.person_id, m.kind, m.class_id, m.group_id, m.effective_on, m.order_ref, CURRENT_TIMESTAMP,
       'zhurnal-demo-data', 'R__demo_school_classes'
FROM (
    SELECT d.person_id, 1 AS step, 'ARRIVE' AS kind, d.class_id, NULL::BIGINT AS group_id,
           DATE '2026-09-01' AS effective_on, 'Приказ № 112-у от 28.08.2026' AS order_ref
    FROM demo_new_placement d
    UNION ALL
    SELECT d.person_id, 2, 'GROUP_JOIN', d.class_id, d.group_id, DATE '2026-09-01', NULL
    FROM demo_new_placement d WHERE d.group_id IS NOT NULL
    UNION ALL
    SELECT d.person_id, 3, 'GROUP_LEAVE', d.class_id, d.group_id, d.transfer_on, 'Приказ № 140-у от 02.11.2026'
    FROM demo_new_placement d WHERE d.transfer_class_id IS NOT NULL AND d.group_id IS NOT NULL
    UNION ALL
    SELECT d.person_id, 4, 'TRANSFER', d.class_id, NULL, d.transfer_on, 'Приказ № 140-у от 02.11.2026'
    FROM demo_new_placement d WHERE d.transfer_class_id IS NOT NULL
    UNION ALL
    SELECT d.person_id, 5, 'ARRIVE', d.transfer_class_id, NULL, d.transfer_on, 'Приказ № 140-у от 02.11.2026'
    FROM demo_new_placement d WHERE d.transfer_class_id IS NOT NULL
) m
ORDER BY m.person_id, m.step;
