-- Demo journal entries of school № 1 (INN 2460000010) for the diary (ZHURNAL_DEMO_DATA=true): topics and
-- homework, marks and attendance on the demo lessons of the three weeks before today, topics and homework also
-- for the coming week. Lessons come from the timetable's demo (R__demo_timetable.sql); without lessons nothing is
-- written. Idempotent: only lessons without a topic get one, marks and attendance only where the cell is empty,
-- each new mark or attendance with its history row, as the journal writes them. Named so that Flyway runs it after
-- the timetable's script (repeatable scripts run in the order of their descriptions). Deterministic: which student
-- gets a mark follows from the ids, never from random().

CREATE TEMPORARY TABLE demo_entry_lesson ON COMMIT DROP AS
SELECT l.school_year, l.id, l.school_class_id, l.class_group_id, l.subject_id, l.lesson_date, l.teacher_person_id,
       s.name AS subject, c.grade
FROM region rg
JOIN school sc ON sc.region_id = rg.id AND sc.inn = '2460000010'
JOIN academic_year y ON y.school_id = sc.id AND y.starts_on = DATE '2026-09-01'
JOIN lesson l ON l.school_year = 2026 AND l.academic_year_id = y.id
JOIN subject s ON s.id = l.subject_id
JOIN school_class c ON c.id = l.school_class_id
WHERE rg.code = '24' AND l.state = 'SCHEDULED'
  AND l.lesson_date BETWEEN CURRENT_DATE - 21 AND CURRENT_DATE + 7;

-- Topics and homework (grade 1: no homework); every fifth lesson «без задания».
UPDATE lesson l
SET topic = e.subject || ': тема урока ' || to_char(e.lesson_date, 'DD.MM'),
    homework = CASE WHEN e.grade = 1 OR l.id % 5 = 0 THEN NULL
                    ELSE 'Повторить материал урока, упражнения ' || (l.id % 90 + 10) || '–' || (l.id % 90 + 12) END,
    homework_none = (e.grade = 1 OR l.id % 5 = 0),
    version = l.version + 1,
    updated_at = CURRENT_TIMESTAMP
FROM demo_entry_lesson e
WHERE l.school_year = e.school_year AND l.id = e.id AND l.topic IS NULL;

-- The students of each past lesson: on the class's list that day (last class event an arrival) and, for a
-- group's lesson, in the group that day.
CREATE TEMPORARY TABLE demo_entry_student ON COMMIT DROP AS
SELECT e.school_year, e.id AS lesson_id, e.lesson_date, e.subject_id, e.school_class_id, e.teacher_person_id, e.grade,
       ev.person_id
FROM demo_entry_lesson e
JOIN LATERAL (
    SELECT DISTINCT ON (x.person_id) x.person_id, x.kind
    FROM enrolment_event x
    WHERE x.school_class_id = e.school_class_id AND x.effective_on <= e.lesson_date
      AND x.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER')
    ORDER BY x.person_id, x.effective_on DESC, x.id DESC
) ev ON ev.kind = 'ARRIVE'
WHERE e.lesson_date < CURRENT_DATE
  AND (e.class_group_id IS NULL OR EXISTS (
      SELECT 1 FROM (
          SELECT DISTINCT ON (gx.person_id) gx.kind
          FROM enrolment_event gx
          WHERE gx.class_group_id = e.class_group_id AND gx.person_id = ev.person_id AND gx.effective_on <= e.lesson_date
          ORDER BY gx.person_id, gx.effective_on DESC, gx.id DESC
      ) g WHERE g.kind = 'GROUP_JOIN'));

-- Marks: about one student in four per lesson, 2–5 leaning to 4 and 5; every seventh a homework mark, every
-- eleventh a control work. No marks in grade 1.
WITH chosen AS (
    SELECT st.*, k.id AS work_kind_id, k.weight,
           (ARRAY[5, 4, 5, 3, 4, 5, 4, 2, 4, 5])[1 + ((st.lesson_id * 7 + st.person_id * 3) % 10)] AS value
    FROM demo_entry_student st
    JOIN work_kind k ON k.region_id IS NULL AND k.school_id IS NULL
        AND k.code = CASE WHEN st.lesson_id % 11 = 0 THEN 'TEST' WHEN st.lesson_id % 7 = 0 THEN 'HOMEWORK' ELSE 'ANSWER' END
    WHERE st.grade > 1 AND (st.lesson_id + st.person_id) % 4 = 0
), inserted AS (
    INSERT INTO mark (school_year, lesson_id, student_person_id, position, value, work_kind_id, weight, lesson_date,
                      subject_id, school_class_id, set_at)
    SELECT school_year, lesson_id, person_id, 1, value, work_kind_id, weight, lesson_date, subject_id, school_class_id,
           lesson_date + TIME '15:00'
    FROM chosen
    ON CONFLICT (school_year, lesson_id, student_person_id, position) DO NOTHING
    RETURNING school_year, lesson_id, student_person_id, value, work_kind_id, set_at
)
INSERT INTO mark_change (school_year, lesson_id, student_person_id, position, action, new_value, new_work_kind_id,
                         changed_at, changed_by_issuer, changed_by_subject, changed_by_person_id)
SELECT i.school_year, i.lesson_id, i.student_person_id, 1, 'SET', i.value, i.work_kind_id, i.set_at, 'demo-data',
       'demo-data', c.teacher_person_id
FROM inserted i
JOIN demo_entry_lesson c ON c.school_year = i.school_year AND c.id = i.lesson_id;

-- Attendance: now and then a student is absent (Н), ill (Б) or away for a valid reason (У).
WITH chosen AS (
    SELECT st.*, (ARRAY['ABSENT', 'ILL', 'EXCUSED'])[1 + (st.person_id % 3)] AS code
    FROM demo_entry_student st
    WHERE (st.lesson_id * 5 + st.person_id) % 29 = 0
), inserted AS (
    INSERT INTO attendance (school_year, lesson_id, student_person_id, code, lesson_date, subject_id, school_class_id,
                            set_at)
    SELECT school_year, lesson_id, person_id, code, lesson_date, subject_id, school_class_id, lesson_date + TIME '09:00'
    FROM chosen
    ON CONFLICT (school_year, lesson_id, student_person_id) DO NOTHING
    RETURNING school_year, lesson_id, student_person_id, code, set_at
)
INSERT INTO attendance_change (school_year, lesson_id, student_person_id, old_code, new_code, changed_at,
                               changed_by_issuer, changed_by_subject, changed_by_person_id)
SELECT i.school_year, i.lesson_id, i.student_person_id, NULL, i.code, i.set_at, 'demo-data', 'demo-data',
       c.teacher_person_id
FROM inserted i
JOIN demo_entry_lesson c ON c.school_year = i.school_year AND c.id = i.lesson_id;
