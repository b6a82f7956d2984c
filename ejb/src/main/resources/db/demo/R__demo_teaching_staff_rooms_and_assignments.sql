-- Demo teachers, rooms, curriculum and teaching assignments of school № 1 (ZHURNAL_DEMO_DATA=true). Idempotent.
-- Named so that it runs after R__demo_school_classes.sql and R__demo_subjects.sql (Flyway runs repeatable
-- scripts in the order of their descriptions). Cards have no SNILS: a script has no personal-data key.

CREATE TEMPORARY TABLE demo_school ON COMMIT DROP AS
SELECT s.id AS school_id, s.region_id, y.id AS year_id
FROM region r
JOIN school s ON s.region_id = r.id AND s.inn = '2460000010'
JOIN academic_year y ON y.school_id = s.id AND y.starts_on = DATE '2026-09-01'
WHERE r.code = '24';

-- Buildings and rooms.
INSERT INTO building (school_id, name, address)
SELECT d.school_id, b.name, b.address
FROM demo_school d
CROSS JOIN (VALUES ('Основное здание', 'г. Красноярск, ул. Ленина, д. 1'),
                   ('Спортивный корпус', 'г. Красноярск, ул. Ленина, д. 1, стр. 2')) AS b (name, address)
ON CONFLICT DO NOTHING;

INSERT INTO room (school_id, building_id, name, purpose, seats)
SELECT d.school_id, b.id, v.name, v.purpose, v.seats
FROM demo_school d
CROSS JOIN (VALUES
    ('Основное здание', '101', 'Кабинет начальных классов', 26),
    ('Основное здание', '201', 'Кабинет русского языка и литературы', 30),
    ('Основное здание', '202', 'Кабинет математики', 30),
    ('Основное здание', '203', 'Кабинет иностранного языка', 15),
    ('Основное здание', '204', 'Кабинет иностранного языка', 15),
    ('Основное здание', '205', 'Кабинет истории', 30),
    ('Основное здание', '301', 'Кабинет физики', 30),
    ('Основное здание', '302', 'Кабинет химии', 30),
    ('Основное здание', '303', 'Кабинет биологии и географии', 30),
    ('Основное здание', '304', 'Кабинет информатики', 15),
    ('Основное здание', 'Актовый зал', 'Музыка, изобразительное искусство', 120),
    ('Спортивный корпус', 'Спортзал', 'Физическая культура, ОБЗР', 60)
) AS v (building, name, purpose, seats)
JOIN building b ON b.school_id = d.school_id AND b.name = v.building
ON CONFLICT DO NOTHING;

-- Subject teachers besides Иванова Мария Петровна (R__demo_school_classes.sql).
CREATE TEMPORARY TABLE demo_teacher_list ON COMMIT DROP AS
SELECT * FROM (VALUES
    ('Иванова', 'Мария', 'Петровна', DATE '1986-11-23', 'FEMALE'),
    ('Смирнова', 'Ольга', 'Викторовна', DATE '1979-03-02', 'FEMALE'),
    ('Козлов', 'Дмитрий', 'Александрович', DATE '1983-06-15', 'MALE'),
    ('Фёдорова', 'Наталья', 'Игоревна', DATE '1990-01-28', 'FEMALE'),
    ('Белова', 'Светлана', 'Андреевна', DATE '1992-09-09', 'FEMALE'),
    ('Соловьёв', 'Павел', 'Евгеньевич', DATE '1981-12-04', 'MALE'),
    ('Егорова', 'Татьяна', 'Михайловна', DATE '1975-05-21', 'FEMALE')
) AS v (surname, given_name, patronymic, birth_date, sex);

INSERT INTO person (surname, given_name, patronymic, birth_date, sex)
SELECT v.surname, v.given_name, v.patronymic, v.birth_date, v.sex
FROM demo_teacher_list v
WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.surname = v.surname AND p.given_name = v.given_name
                  AND p.patronymic = v.patronymic AND p.snils_hash IS NULL);

CREATE TEMPORARY TABLE demo_teacher_card ON COMMIT DROP AS
SELECT v.surname, (SELECT min(p.id) FROM person p WHERE p.surname = v.surname AND p.given_name = v.given_name
                   AND p.patronymic = v.patronymic AND p.snils_hash IS NULL) AS person_id
FROM demo_teacher_list v;

INSERT INTO staff_position (school_id, person_id, position, valid_from)
SELECT d.school_id, t.person_id, 'TEACHER', DATE '2025-09-01'
FROM demo_school d CROSS JOIN demo_teacher_card t
WHERE NOT EXISTS (SELECT 1 FROM staff_position sp WHERE sp.school_id = d.school_id AND sp.person_id = t.person_id
                  AND sp.position = 'TEACHER');

-- Class teachers of 1А (Смирнова) and 9А (Козлов), where none is set.
UPDATE school_class c SET class_teacher_person_id = t.person_id
FROM demo_school d, demo_teacher_card t, (VALUES (1, 'А', 'Смирнова'), (9, 'А', 'Козлов')) AS v (grade, letter, surname)
WHERE c.academic_year_id = d.year_id AND c.grade = v.grade AND c.letter = v.letter AND t.surname = v.surname
  AND c.class_teacher_person_id IS NULL;

-- The curriculum of grades 1, 5 and 9 (hours per year; 33 weeks in grade 1, 34 otherwise), unless the
-- year already has a plan for the grade.
INSERT INTO curriculum_item (academic_year_id, grade, subject_id, hours_per_year)
SELECT d.year_id, v.grade, s.id, v.hours
FROM demo_school d
CROSS JOIN (VALUES
    (1, 'Русский язык', 165), (1, 'Литературное чтение', 132), (1, 'Математика', 132), (1, 'Окружающий мир', 66),
    (1, 'Музыка', 33), (1, 'Изобразительное искусство', 33), (1, 'Труд (технология)', 33),
    (1, 'Физическая культура', 66),
    (5, 'Русский язык', 170), (5, 'Литература', 102), (5, 'Английский язык', 102), (5, 'Математика', 170),
    (5, 'История', 68), (5, 'География', 34), (5, 'Биология', 34), (5, 'Музыка', 34),
    (5, 'Изобразительное искусство', 34), (5, 'Труд (технология)', 68), (5, 'Физическая культура', 68),
    (9, 'Русский язык', 102), (9, 'Литература', 102), (9, 'Английский язык', 102), (9, 'Алгебра', 102),
    (9, 'Геометрия', 68), (9, 'Информатика', 34), (9, 'История', 68), (9, 'Обществознание', 34),
    (9, 'География', 68), (9, 'Биология', 68), (9, 'Физика', 102), (9, 'Химия', 68),
    (9, 'Труд (технология)', 34), (9, 'Физическая культура', 68), (9, 'ОБЗР', 34)
) AS v (grade, subject, hours)
JOIN subject s ON s.region_id = d.region_id AND s.school_id IS NULL AND s.name = v.subject
WHERE NOT EXISTS (SELECT 1 FROM curriculum_item ci WHERE ci.academic_year_id = d.year_id AND ci.grade = v.grade)
ON CONFLICT DO NOTHING;

-- Who teaches what in 1А, 5А (English in two groups), 5Б and 9А from the first day of the year.
CREATE TEMPORARY TABLE demo_assignment ON COMMIT DROP AS
SELECT * FROM (VALUES
    (1, 'А', NULL::VARCHAR, 'Русский язык', 'Смирнова'), (1, 'А', NULL, 'Литературное чтение', 'Смирнова'),
    (1, 'А', NULL, 'Математика', 'Смирнова'), (1, 'А', NULL, 'Окружающий мир', 'Смирнова'),
    (1, 'А', NULL, 'Изобразительное искусство', 'Смирнова'), (1, 'А', NULL, 'Труд (технология)', 'Смирнова'),
    (1, 'А', NULL, 'Музыка', 'Белова'), (1, 'А', NULL, 'Физическая культура', 'Соловьёв'),
    (5, 'А', NULL, 'Русский язык', 'Иванова'), (5, 'А', NULL, 'Литература', 'Иванова'),
    (5, 'А', 'Английский язык, группа 1', 'Английский язык', 'Фёдорова'),
    (5, 'А', 'Английский язык, группа 2', 'Английский язык', 'Белова'),
    (5, 'А', NULL, 'Математика', 'Козлов'), (5, 'А', NULL, 'История', 'Белова'),
    (5, 'А', NULL, 'География', 'Егорова'), (5, 'А', NULL, 'Биология', 'Егорова'),
    (5, 'А', NULL, 'Музыка', 'Белова'), (5, 'А', NULL, 'Изобразительное искусство', 'Смирнова'),
    (5, 'А', NULL, 'Труд (технология)', 'Соловьёв'), (5, 'А', NULL, 'Физическая культура', 'Соловьёв'),
    (5, 'Б', NULL, 'Русский язык', 'Иванова'), (5, 'Б', NULL, 'Литература', 'Иванова'),
    (5, 'Б', NULL, 'Английский язык', 'Фёдорова'), (5, 'Б', NULL, 'Математика', 'Козлов'),
    (5, 'Б', NULL, 'История', 'Белова'), (5, 'Б', NULL, 'География', 'Егорова'),
    (5, 'Б', NULL, 'Биология', 'Егорова'), (5, 'Б', NULL, 'Музыка', 'Белова'),
    (5, 'Б', NULL, 'Изобразительное искусство', 'Смирнова'), (5, 'Б', NULL, 'Труд (технология)', 'Соловьёв'),
    (5, 'Б', NULL, 'Физическая культура', 'Соловьёв'),
    (9, 'А', NULL, 'Русский язык', 'Иванова'), (9, 'А', NULL, 'Литература', 'Иванова'),
    (9, 'А', NULL, 'Английский язык', 'Фёдорова'), (9, 'А', NULL, 'Алгебра', 'Козлов'),
    (9, 'А', NULL, 'Геометрия', 'Козлов'), (9, 'А', NULL, 'Информатика', 'Козлов'),
    (9, 'А', NULL, 'Физика', 'Козлов'), (9, 'А', NULL, 'История', 'Белова'),
    (9, 'А', NULL, 'Обществознание', 'Белова'), (9, 'А', NULL, 'География', 'Егорова'),
    (9, 'А', NULL, 'Биология', 'Егорова'), (9, 'А', NULL, 'Химия', 'Егорова'),
    (9, 'А', NULL, 'Труд (технология)', 'Соловьёв'), (9, 'А', NULL, 'Физическая культура', 'Соловьёв'),
    (9, 'А', NULL, 'ОБЗР', 'Соловьёв')
) AS v (grade, letter, group_name, subject, teacher);

INSERT INTO teaching_assignment (school_id, academic_year_id, subject_id, teacher_person_id, school_class_id,
                                 class_group_id, valid_from)
SELECT d.school_id, d.year_id, s.id, t.person_id, c.id, g.id, DATE '2026-09-01'
FROM demo_assignment v
CROSS JOIN demo_school d
JOIN school_class c ON c.academic_year_id = d.year_id AND c.grade = v.grade AND c.letter = v.letter
LEFT JOIN class_group g ON g.school_class_id = c.id AND g.name = v.group_name
JOIN subject s ON s.region_id = d.region_id AND s.school_id IS NULL AND s.name = v.subject
JOIN demo_teacher_card t ON t.surname = v.teacher
WHERE (v.group_name IS NULL OR g.id IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM teaching_assignment a WHERE a.academic_year_id = d.year_id AND a.subject_id = s.id
                  AND a.school_class_id = c.id AND a.class_group_id IS NOT DISTINCT FROM g.id);
