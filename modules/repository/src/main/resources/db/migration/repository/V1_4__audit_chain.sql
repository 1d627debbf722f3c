-- The tamper-evident audit history (docs/security.md, "Tamper-evident audit log").
--
-- Every committed audit event is linked into a hash chain: link n stores
--     hash(n) = SHA-256( hash(n-1) || UTF-8(canonical form of the event) ),   hash(0) = 32 zero bytes,
-- where the canonical form is the text of the JSON array (PostgreSQL's jsonb rendering)
--     [id, "at as yyyy-MM-ddTHH:mm:ss.ffffffZ in UTC", "actor", "action", "node id" or null, details]
-- e.g. [17, "2026-12-04T10:15:30.123456Z", "admin", "CREATE", "0f6c…", {"name": "a.pdf", "type": "cm:content"}].
-- org.daftar.repository.audit.AuditChain computes the same form in Java, and the verifier recomputes the chain from
-- the raw columns with that Java code only, so replacing the SQL functions below cannot make a forged history pass.
--
-- Links are made at COMMIT, by a deferred constraint trigger, in commit order: the chain is defined over what is
-- committed (an id taken by a rolled-back transaction leaves no link), and the one-row head lock is held only for
-- the commit itself, not for the whole transaction.

CREATE TABLE audit_chain (
    seq       bigint PRIMARY KEY CHECK (seq > 0),                  -- position in the chain: 1, 2, 3 … without gaps
    -- No foreign key to audit_event: its check would lock (and so write) the event row again at every commit,
    -- inside the head lock, and whoever can delete an event unnoticed can switch a foreign key off just as well;
    -- the verifier reports links whose event is gone.
    event_id  bigint NOT NULL UNIQUE,
    prev_hash bytea  NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash      bytea  NOT NULL CHECK (octet_length(hash) = 32)
);

-- The end of the chain: the one row every committing transaction with audit events locks briefly.
CREATE TABLE audit_chain_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    seq       bigint NOT NULL CHECK (seq >= 0),
    event_id  bigint,
    hash      bytea  NOT NULL CHECK (octet_length(hash) = 32)
);

CREATE FUNCTION audit_event_canonical(e audit_event) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_array(e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor,
                             e.action, e.node_id, e.details)::text
$$;

CREATE FUNCTION audit_event_link(e audit_event) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    canonical bytea := convert_to(audit_event_canonical(e), 'UTF8');   -- before the lock: less time holding it
    head audit_chain_head;
    link bytea;
BEGIN
    SELECT * INTO STRICT head FROM audit_chain_head FOR UPDATE;
    link := sha256(head.hash || canonical);
    INSERT INTO audit_chain (seq, event_id, prev_hash, hash) VALUES (head.seq + 1, e.id, head.hash, link);
    UPDATE audit_chain_head SET seq = head.seq + 1, event_id = e.id, hash = link;
END;
$$;

CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM audit_event_link(NEW);
    RETURN NULL;
END;
$$;

-- The events written before this migration, in id order.
INSERT INTO audit_chain_head (seq, event_id, hash) VALUES (0, NULL, decode(repeat('00', 32), 'hex'));
DO $$
DECLARE
    e audit_event;
BEGIN
    FOR e IN SELECT * FROM audit_event ORDER BY id LOOP
        PERFORM audit_event_link(e);
    END LOOP;
END;
$$;

CREATE CONSTRAINT TRIGGER audit_event_chain AFTER INSERT ON audit_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

CREATE FUNCTION audit_chain_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_chain_is_append_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_is_append_only();
CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_is_append_only();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_is_append_only();
