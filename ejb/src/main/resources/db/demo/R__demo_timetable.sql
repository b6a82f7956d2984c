-- The demo timetable of school № 1 (INN 2460000010) for 2026/2027 (ZHURNAL_DEMO_DATA=true), its lessons, and a
-- КТП for Математика, 5 класс. Idempotent. It builds on demo data of other features: the classes 1А, 5А (English
-- groups), 5Б and 9А, and the teaching assignments and rooms. An entry is made only where a current teaching
-- assignment of the class (or its group) in the subject exists, and never where its teacher, room or class would
-- clash with an entry already there; a missing room leaves the entry without one. Without assignments nothing is
-- made. Named so that Flyway runs it after the scripts that add assignments and rooms (by description).

DO $$
DECLARE
    v_school BIGINT;
    v_year   BIGINT;
    v_bells  BIGINT;
    r        RECORD;
BEGIN
    SELECT s.id, y.id INTO v_school, v_year
    FROM region rg
    JOIN school s ON s.region_id = rg.id AND s.inn = '2460000010'
    JOIN academic_year y ON y.school_id = s.id AND y.starts_on = DATE '2026-09-01'
    WHERE rg.code = '24';
    IF v_year IS NULL THEN
        RETURN;
    END IF;

    -- The bells, unless the school already has a schedule.
    INSERT INTO bell_schedule (school_id, name)
    SELECT v_school, 'Основное' WHERE NOT EXISTS (SELECT 1 FROM bell_schedule WHERE school_id = v_school);
    SELECT id INTO v_bells FROM bell_schedule WHERE school_id = v_school ORDER BY (name = 'Основное') DESC, id LIMIT 1;
    INSERT INTO bell_slot (bell_schedule_id, number, starts_at, ends_at)
    SELECT v_bells, b.number, b.starts_at, b.ends_at
    FROM (VALUES (1, TIME '08:30', TIME '09:15'), (2, TIME '09:25', TIME '10:10'), (3, TIME '10:30', TIME '11:15'),
                 (4, TIME '11:35', TIME '12:20'), (5, TIME '12:30', TIME '13:15'), (6, TIME '13:25', TIME '14:10'),
                 (7, TIME '14:20', TIME '15:05')) AS b (number, starts_at, ends_at)
    WHERE NOT EXISTS (SELECT 1 FROM bell_slot WHERE bell_schedule_id = v_bells);

    -- Each class's day as its subjects by slot ('' a free slot; 'X|Y' X in week A, Y in week B).
    FOR r IN
        WITH day_plan (grade, letter, weekday, subjects) AS (VALUES
            (1, 'А', 1, ARRAY['Русский язык', 'Математика', 'Физическая культура', 'Литературное чтение']),
            (1, 'А', 2, ARRAY['Русский язык', 'Математика', 'Окружающий мир', 'Музыка']),
            (1, 'А', 3, ARRAY['Литературное чтение', 'Русский язык', 'Математика', 'Изобразительное искусство']),
            (1, 'А', 4, ARRAY['Русский язык', 'Математика', 'Окружающий мир', 'Физическая культура']),
            (1, 'А', 5, ARRAY['Литературное чтение', 'Русский язык', 'Труд (технология)', 'Физическая культура']),
            (5, 'А', 1, ARRAY['Математика', 'Русский язык', 'Английский язык', 'История', 'Литература', 'Физическая культура']),
            (5, 'А', 2, ARRAY['Русский язык', 'Математика', 'Биология', 'Английский язык', 'География', 'Музыка']),
            (5, 'А', 3, ARRAY['Математика', 'Литература', 'Русский язык', 'Физическая культура', 'Изобразительное искусство']),
            (5, 'А', 4, ARRAY['Английский язык', 'Математика', 'Русский язык', 'История', 'Труд (технология)', 'Труд (технология)']),
            (5, 'А', 5, ARRAY['Русский язык', 'Математика', 'Литература', 'Биология', 'Физическая культура']),
            (5, 'Б', 1, ARRAY['Русский язык', 'Математика', 'Литература', 'Физическая культура', 'История', 'Английский язык']),
            (5, 'Б', 2, ARRAY['Математика', 'Русский язык', 'Английский язык', 'География', 'Музыка|Изобразительное искусство', 'Биология']),
            (5, 'Б', 3, ARRAY['Русский язык', 'Математика', 'Физическая культура', 'Литература', 'Английский язык']),
            (5, 'Б', 4, ARRAY['Математика', 'Русский язык', 'История', 'Английский язык', 'Литература', 'Физическая культура']),
            (5, 'Б', 5, ARRAY['Математика', 'Русский язык', 'Биология', 'Литература', 'Труд (технология)', 'Труд (технология)']),
            (9, 'А', 1, ARRAY['Физика', 'Химия', 'Алгебра', 'Русский язык', 'Геометрия', 'Обществознание', 'Информатика']),
            (9, 'А', 2, ARRAY['Физика', 'Обществознание', 'Алгебра', 'Геометрия', 'Английский язык', 'Физическая культура']),
            (9, 'А', 3, ARRAY['Химия', 'Биология', 'Алгебра', 'Английский язык', 'История', 'Информатика']),
            (9, 'А', 4, ARRAY['Физика', 'Обществознание', 'Геометрия', 'Русский язык', 'Алгебра', 'ОБЗР']),
            (9, 'А', 5, ARRAY['География', 'Физика', 'Алгебра', 'Английский язык', 'Русский язык', 'Физическая культура'])
        ),
        cells AS (
            SELECT p.grade, p.letter, p.weekday, s.slot::SMALLINT AS slot, k.kind, k.subject_name
            FROM day_plan p
            CROSS JOIN LATERAL unnest(p.subjects) WITH ORDINALITY AS s (subject, slot)
            CROSS JOIN LATERAL (VALUES ('EVERY', s.subject), ('A', split_part(s.subject, '|', 1)),
                                       ('B', split_part(s.subject, '|', 2))) AS k (kind, subject_name)
            WHERE s.subject <> '' AND (position('|' IN s.subject) = 0) = (k.kind = 'EVERY')
        )
        SELECT a.id AS assignment_id, a.teacher_person_id, c.id AS class_id, a.class_group_id, cell.weekday,
               cell.slot, cell.kind, rm.id AS room_id
        FROM cells cell
        JOIN school_class c ON c.academic_year_id = v_year AND c.grade = cell.grade AND c.letter = cell.letter
        JOIN subject sb ON sb.name = cell.subject_name AND (sb.school_id IS NULL OR sb.school_id = v_school)
        JOIN teaching_assignment a ON a.academic_year_id = v_year AND a.school_class_id = c.id
             AND a.subject_id = sb.id AND a.valid_to IS NULL
        LEFT JOIN class_group g ON g.id = a.class_group_id
        LEFT JOIN room rm ON rm.school_id = v_school AND rm.name = CASE
             WHEN cell.subject_name = 'Физическая культура' THEN 'Спортзал'
             WHEN g.name LIKE '%2' THEN '203'
             ELSE CASE cell.grade * 10 + (cell.letter = 'Б')::INTEGER
                  WHEN 10 THEN '101' WHEN 50 THEN '201' WHEN 51 THEN '202' ELSE '301' END END
        ORDER BY cell.grade, cell.letter, cell.weekday, cell.slot, a.id
    LOOP
        IF NOT EXISTS (
            SELECT 1 FROM timetable_entry e JOIN teaching_assignment o ON o.id = e.teaching_assignment_id
            WHERE e.academic_year_id = v_year AND e.weekday = r.weekday AND e.slot_number = r.slot
              AND (e.week_kind = 'EVERY' OR r.kind = 'EVERY' OR e.week_kind = r.kind)
              AND (o.teacher_person_id = r.teacher_person_id OR e.room_id = r.room_id
                   OR (o.school_class_id = r.class_id AND (o.class_group_id IS NULL OR r.class_group_id IS NULL
                                                            OR o.class_group_id = r.class_group_id)))
        ) THEN
            INSERT INTO timetable_entry (school_id, academic_year_id, teaching_assignment_id, weekday, week_kind,
                                         bell_schedule_id, slot_number, room_id, valid_from)
            VALUES (v_school, v_year, r.assignment_id, r.weekday, r.kind, v_bells, r.slot, r.room_id, DATE '2026-09-01');
        END IF;
    END LOOP;

    PERFORM timetable_generate_lessons(v_year, DATE '2026-09-01', DATE '2027-05-31', 0);

    -- КТП: Математика, 5 класс (170 ч, as the curriculum's 5 hours a week).
    INSERT INTO thematic_plan (school_id, academic_year_id, subject_id, grade)
    SELECT v_school, v_year, sb.id, 5
    FROM subject sb
    WHERE sb.name = 'Математика' AND sb.school_id IS NULL
      AND sb.region_id = (SELECT region_id FROM school WHERE id = v_school)
    ON CONFLICT DO NOTHING;
    INSERT INTO plan_topic (plan_id, position, title, hours, kind, homework)
    SELECT tp.id, t.position, t.title, t.hours, t.kind, t.homework
    FROM thematic_plan tp
    JOIN subject sb ON sb.id = tp.subject_id AND sb.name = 'Математика'
    CROSS JOIN (VALUES
        (1, 'Повторение курса математики начальной школы', 4, 'REGULAR', 'Повторить таблицу умножения'),
        (2, 'Натуральные числа и шкалы', 15, 'REGULAR', NULL),
        (3, 'Контрольная работа № 1 «Натуральные числа и шкалы»', 1, 'TEST', NULL),
        (4, 'Сложение и вычитание натуральных чисел', 20, 'REGULAR', NULL),
        (5, 'Контрольная работа № 2 «Сложение и вычитание натуральных чисел»', 1, 'TEST', NULL),
        (6, 'Умножение и деление натуральных чисел', 26, 'REGULAR', NULL),
        (7, 'Контрольная работа № 3 «Умножение и деление натуральных чисел»', 1, 'TEST', NULL),
        (8, 'Площади и объёмы', 12, 'REGULAR', NULL),
        (9, 'Практическая работа «Измерение площади фигур»', 1, 'PRACTICAL', 'Измерить площадь своей комнаты'),
        (10, 'Обыкновенные дроби', 22, 'REGULAR', NULL),
        (11, 'Контрольная работа № 4 «Обыкновенные дроби»', 1, 'TEST', NULL),
        (12, 'Десятичные дроби. Сложение и вычитание десятичных дробей', 15, 'REGULAR', NULL),
        (13, 'Умножение и деление десятичных дробей', 25, 'REGULAR', NULL),
        (14, 'Контрольная работа № 5 «Десятичные дроби»', 1, 'TEST', NULL),
        (15, 'Инструменты для вычислений и измерений', 17, 'REGULAR', NULL),
        (16, 'Итоговая контрольная работа', 2, 'TEST', NULL),
        (17, 'Повторение и решение задач', 6, 'REGULAR', NULL)
    ) AS t (position, title, hours, kind, homework)
    WHERE tp.academic_year_id = v_year AND tp.grade = 5 AND tp.teacher_person_id IS NULL
    ON CONFLICT (plan_id, position) DO NOTHING;
END $$;
