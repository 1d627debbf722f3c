-- Login protection (issue 13): failed sign-ins are counted per account and per client address so that several
-- server processes sharing this database throttle and lock together, and the audit log records account events,
-- which concern no node.

ALTER TABLE audit_event ALTER COLUMN node_id DROP NOT NULL;
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (
    'CREATE', 'UPDATE', 'NEW_VERSION', 'DELETE', 'RESTORE', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'ACCOUNT_UNLOCKED'));

-- The failures of one account (any name tried, existing or not, so that answers do not reveal which exist) or of
-- one client address, counted in a window that starts at the first failure. A row whose window has passed and
-- which holds no lock means nothing and is removed; a success removes its account's row.
CREATE TABLE login_failure (
    kind         text NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    subject      text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    failures     integer NOT NULL CHECK (failures >= 1),
    first_at     timestamptz NOT NULL,
    last_at      timestamptz NOT NULL CHECK (last_at >= first_at),
    -- Only accounts are locked: a lock on an address would shut out a whole office behind one NAT address.
    locked_until timestamptz CHECK (locked_until IS NULL OR kind = 'ACCOUNT'),
    PRIMARY KEY (kind, subject)
);
CREATE INDEX login_failure_locked ON login_failure (locked_until) WHERE locked_until IS NOT NULL;
