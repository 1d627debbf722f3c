-- The ECM core: users, content blobs, nodes, versions, audit. Rules that protect data live here as constraints,
-- not only in Java: a second writer (a later worker process, a hand-run script) must not be able to break them.

CREATE TABLE app_user (
    username      text PRIMARY KEY CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash text NOT NULL CHECK (length(password_hash) >= 20),
    admin         boolean NOT NULL DEFAULT false,
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- One row per distinct content (SHA-256). Written in the same transaction as the first node that refers to it, so a
-- committed reference always has its row; files in the store without a row are leftovers of a failed write.
CREATE TABLE content_blob (
    hash       char(64) PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    size       bigint NOT NULL CHECK (size >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE node (
    id           uuid PRIMARY KEY,
    parent_id    uuid REFERENCES node (id),
    name         text NOT NULL,
    type         text NOT NULL CHECK (type ~ '^[a-z][a-z0-9]*:[A-Za-z][A-Za-z0-9_]*$'),
    is_folder    boolean NOT NULL,
    aspects      text[] NOT NULL DEFAULT '{}',
    properties   jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(properties) = 'object'),
    content_hash char(64) REFERENCES content_blob (hash),
    content_size bigint CHECK (content_size >= 0),
    mime_type    text,
    version_label text CHECK (version_label ~ '^[0-9]+\.[0-9]+$'),
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    modified_at  timestamptz NOT NULL,
    modified_by  text NOT NULL,
    -- Soft delete: the node the user deleted is the trash root; its descendants share its trash_root.
    deleted_at   timestamptz,
    deleted_by   text,
    trash_root   uuid,
    CONSTRAINT node_folder_has_no_content CHECK (NOT is_folder OR content_hash IS NULL),
    CONSTRAINT node_content_complete CHECK ((content_hash IS NULL) = (content_size IS NULL)),
    CONSTRAINT node_documents_are_versioned CHECK (is_folder OR version_label IS NOT NULL),
    CONSTRAINT node_name_length CHECK (length(name) BETWEEN 1 AND 255 OR parent_id IS NULL),
    CONSTRAINT node_deleted_consistent CHECK ((deleted_at IS NULL) = (trash_root IS NULL))
);

-- Names are unique per folder ignoring case, as in Alfresco, among live nodes only (the trash may hold duplicates).
CREATE UNIQUE INDEX node_unique_live_name ON node (parent_id, lower(name)) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX node_single_root ON node ((parent_id IS NULL)) WHERE parent_id IS NULL;
CREATE INDEX node_children ON node (parent_id, is_folder DESC, lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX node_type ON node (type) WHERE deleted_at IS NULL;
CREATE INDEX node_modified ON node (modified_at);
CREATE INDEX node_trash ON node (trash_root) WHERE deleted_at IS NOT NULL;
CREATE INDEX node_content ON node (content_hash);
CREATE INDEX node_properties ON node USING gin (properties jsonb_path_ops);

-- Frozen state of each document version: its own content and properties.
CREATE TABLE node_version (
    node_id      uuid NOT NULL REFERENCES node (id),
    major        integer NOT NULL CHECK (major >= 0),
    minor        integer NOT NULL CHECK (minor >= 0),
    type         text NOT NULL,
    aspects      text[] NOT NULL,
    name         text NOT NULL,
    properties   jsonb NOT NULL CHECK (jsonb_typeof(properties) = 'object'),
    content_hash char(64) REFERENCES content_blob (hash),
    content_size bigint CHECK (content_size >= 0),
    mime_type    text,
    comment      text,
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    PRIMARY KEY (node_id, major, minor),
    CONSTRAINT node_version_not_zero CHECK (major > 0 OR minor > 0)
);
CREATE INDEX node_version_content ON node_version (content_hash);

-- Append-only: every change to a node, who made it and when.
CREATE TABLE audit_event (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor   text NOT NULL,
    action  text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'NEW_VERSION', 'DELETE', 'RESTORE')),
    node_id uuid NOT NULL,
    details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_node ON audit_event (node_id, id);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- The repository root ("Company Home"): the one node without a parent.
INSERT INTO node (id, parent_id, name, type, is_folder, created_at, created_by, modified_at, modified_by)
VALUES ('00000000-0000-0000-0000-000000000001', NULL, 'Company Home', 'cm:folder', true, now(), 'system', now(), 'system');
