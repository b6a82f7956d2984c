-- Every committed change the diary shows is announced on the channel diary_changed, so that each
-- application node drops what it has cached of the diaries concerned (DiaryChangeListener). PostgreSQL
-- delivers a notification only when its transaction commits, and a node that loses its listening
-- connection drops its whole cache, so a cached diary is never older than the last commit it was told of.
--
-- Payloads: 'c:<class ids>' (a class's lessons or the class itself changed), 's:<student person ids>'
-- (the student's marks, attendance, final marks, absence reports, enrolment or legal representatives
-- changed), '*' (something many diaries show changed: a subject, room, group, person's name, school,
-- year, period or kind of work; or more ids at once than one payload should carry).
CREATE FUNCTION diary_notify_changed() RETURNS trigger AS $$
DECLARE
    ids BIGINT[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[1]) INTO ids;
    ELSE
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[1]) INTO ids;
    END IF;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF cardinality(ids) > 500 THEN
        PERFORM pg_notify('diary_changed', '*');
    ELSE
        PERFORM pg_notify('diary_changed', TG_ARGV[0] || ':' || array_to_string(ids, ','));
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION diary_notify_all() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('diary_changed', '*');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- One trigger per table and event (a trigger with transition tables has one event), on the partitioned
-- parents where there are partitions.
DO $$
DECLARE
    watched TEXT[][] := ARRAY[
        ['lesson', 'c', 'school_class_id'],
        ['school_class', 'c', 'id'],
        ['mark', 's', 'student_person_id'],
        ['attendance', 's', 'student_person_id'],
        ['final_mark', 's', 'student_person_id'],
        ['absence_report', 's', 'student_person_id'],
        ['enrolment_event', 's', 'person_id'],
        ['guardianship', 's', 'child_person_id']];
    w TEXT[];
BEGIN
    FOREACH w SLICE 1 IN ARRAY watched LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
            || 'FOR EACH STATEMENT EXECUTE FUNCTION diary_notify_changed(%L, %L)', w[1] || '_diary_ins', w[1], w[2], w[3]);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
            || 'FOR EACH STATEMENT EXECUTE FUNCTION diary_notify_changed(%L, %L)', w[1] || '_diary_upd', w[1], w[2], w[3]);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
            || 'FOR EACH STATEMENT EXECUTE FUNCTION diary_notify_changed(%L, %L)', w[1] || '_diary_del', w[1], w[2], w[3]);
    END LOOP;
END;
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['subject', 'class_group', 'room', 'school', 'academic_year', 'reporting_period',
                             'work_kind'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE OR DELETE ON %I '
            || 'FOR EACH STATEMENT EXECUTE FUNCTION diary_notify_all()', t || '_diary_all', t);
    END LOOP;
END;
$$;

-- A person's name is on every diary they teach in; contacts and other fields are not shown there.
CREATE TRIGGER person_diary_name AFTER UPDATE ON person FOR EACH ROW
    WHEN (OLD.surname IS DISTINCT FROM NEW.surname OR OLD.given_name IS DISTINCT FROM NEW.given_name
          OR OLD.patronymic IS DISTINCT FROM NEW.patronymic)
    EXECUTE FUNCTION diary_notify_all();
