-- "From where": the network address a request came from (as the server saw it, after trusted proxies), on the
-- audit events written while serving it; null for events of timers, routes and imports. It is part of what the
-- event says, so it is hashed into the chain (AuditRecord.canonical) and never changes after it is written.
ALTER TABLE audit_event ADD COLUMN origin VARCHAR(64);

-- Invite code redemption is limited per address as well as per account: attempts keep where they came from.
ALTER TABLE invite_attempt ADD COLUMN origin VARCHAR(64);
CREATE INDEX invite_attempt_origin_ix ON invite_attempt (origin, attempted_at) WHERE origin IS NOT NULL AND NOT succeeded;

CREATE OR REPLACE FUNCTION audit_event_seal_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit events are never deleted';
    END IF;
    IF OLD.seq IS NOT NULL
       OR NEW.id <> OLD.id OR NEW.occurred_at <> OLD.occurred_at OR NEW.actor_issuer <> OLD.actor_issuer
       OR NEW.actor_subject <> OLD.actor_subject OR NEW.action <> OLD.action
       OR NEW.object_type <> OLD.object_type OR NEW.object_id <> OLD.object_id
       OR NEW.object_ids IS DISTINCT FROM OLD.object_ids OR NEW.origin IS DISTINCT FROM OLD.origin THEN
        RAISE EXCEPTION 'an audit event is only ever sealed, never changed';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
