-- Audit events are appended without a lock and sealed into the hash chain afterwards.
--
-- Until now every audited transaction locked audit_chain_head until it committed, so all of them (every
-- lesson save, every imported record) ran one after another. Now a transaction only inserts its events
-- (id from a sequence, seq/prev_hash/hash empty); one sealer (AuditSealer) takes the committed, unsealed
-- events in id order, gives each the next chain number and links it to the chain, and moves the head.
-- The chain order is therefore the sealing order; the window in which an event is not yet chained is the
-- sealer's interval (a second by default).
CREATE SEQUENCE audit_event_id_seq INCREMENT BY 50;

ALTER TABLE audit_event ADD COLUMN id BIGINT;
UPDATE audit_event SET id = seq;
-- Hibernate's pooled optimizer hands out the 50 ids below each value it draws, so start 50 above the last.
SELECT setval('audit_event_id_seq', (SELECT COALESCE(max(seq), 0) + 50 FROM audit_event), false);
ALTER TABLE audit_event ALTER COLUMN id SET NOT NULL;
ALTER TABLE audit_event DROP CONSTRAINT audit_event_pkey;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_pkey PRIMARY KEY (id);

ALTER TABLE audit_event ALTER COLUMN seq DROP NOT NULL;
ALTER TABLE audit_event ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_event ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_seq_uk UNIQUE (seq);
ALTER TABLE audit_event ADD CONSTRAINT audit_event_sealed_ck
    CHECK ((seq IS NULL AND prev_hash IS NULL AND hash IS NULL)
        OR (seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL));

-- The sealer's queue: the unsealed events, in the order they were numbered.
CREATE INDEX audit_event_unsealed_ix ON audit_event (id) WHERE seq IS NULL;

-- What the application may do to an event: seal it once. Anything else (changing a sealed event, changing
-- what an event says, deleting one) is refused; the chain would show it anyway, this says so at once.
CREATE FUNCTION audit_event_seal_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit events are never deleted';
    END IF;
    IF OLD.seq IS NOT NULL
       OR NEW.id <> OLD.id OR NEW.occurred_at <> OLD.occurred_at OR NEW.actor_issuer <> OLD.actor_issuer
       OR NEW.actor_subject <> OLD.actor_subject OR NEW.action <> OLD.action
       OR NEW.object_type <> OLD.object_type OR NEW.object_id <> OLD.object_id THEN
        RAISE EXCEPTION 'an audit event is only ever sealed, never changed';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_seal_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_seal_only();
