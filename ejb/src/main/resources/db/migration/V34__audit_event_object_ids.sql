-- One audit event may name many objects of one type: an import batch records "the registry enrolled these
-- 500 students" as one event listing the 500 person ids, instead of 500 events. The ids are part of what the
-- event says, so they are hashed into the chain (AuditRecord.canonical) and, like every other field, never
-- change after the event is written. Events about one object keep object_id and leave object_ids empty.
ALTER TABLE audit_event ADD COLUMN object_ids BIGINT[];

-- "Which events concern person 42": object_id = '42' OR object_ids @> ARRAY[42].
CREATE INDEX audit_event_object_ids_ix ON audit_event USING gin (object_ids);

CREATE OR REPLACE FUNCTION audit_event_seal_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit events are never deleted';
    END IF;
    IF OLD.seq IS NOT NULL
       OR NEW.id <> OLD.id OR NEW.occurred_at <> OLD.occurred_at OR NEW.actor_issuer <> OLD.actor_issuer
       OR NEW.actor_subject <> OLD.actor_subject OR NEW.action <> OLD.action
       OR NEW.object_type <> OLD.object_type OR NEW.object_id <> OLD.object_id
       OR NEW.object_ids IS DISTINCT FROM OLD.object_ids THEN
        RAISE EXCEPTION 'an audit event is only ever sealed, never changed';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
