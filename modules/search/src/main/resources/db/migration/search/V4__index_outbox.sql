-- Search: the transactional outbox. Every change that search must see writes a row here in the same transaction
-- as the change itself (triggers below), so no committed change can be missed by the index. The indexer drains the
-- rows in batches and deletes them only after Solr has accepted the node's new state; a crash in between leaves
-- the rows in place and the next drain repeats the (idempotent) update.
-- A row that failed is retried later (attempts, not_before) and then node by node, so one node Solr refuses never
-- holds up the others.
CREATE TABLE index_outbox (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    node_id     uuid NOT NULL,
    enqueued_at timestamptz NOT NULL DEFAULT now(),
    attempts    integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    not_before  timestamptz NOT NULL DEFAULT now(),
    last_error  text
);
CREATE INDEX index_outbox_node ON index_outbox (node_id, seq);
CREATE INDEX index_outbox_retry ON index_outbox (not_before, seq) WHERE attempts > 0;

-- The one way for any module to ask for a node to be re-indexed, from its own triggers or code, e.g. when a file
-- moves to another desk (its readers change): PERFORM index_outbox_enqueue(file_id);
CREATE FUNCTION index_outbox_enqueue(node uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO index_outbox (node_id) VALUES (node);
$$;

CREATE FUNCTION index_outbox_node_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM index_outbox_enqueue(NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER node_index_outbox AFTER INSERT OR UPDATE ON node
    FOR EACH ROW EXECUTE FUNCTION index_outbox_node_changed();

-- Page texts are replaced whole (hundreds of rows for a long scan): one outbox row per node and statement.
CREATE FUNCTION index_outbox_pages_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO index_outbox (node_id) SELECT DISTINCT node_id FROM changed_pages;
    RETURN NULL;
END;
$$;
CREATE TRIGGER page_text_inserted_index_outbox AFTER INSERT ON page_text
    REFERENCING NEW TABLE AS changed_pages FOR EACH STATEMENT EXECUTE FUNCTION index_outbox_pages_written();
CREATE TRIGGER page_text_updated_index_outbox AFTER UPDATE ON page_text
    REFERENCING NEW TABLE AS changed_pages FOR EACH STATEMENT EXECUTE FUNCTION index_outbox_pages_written();
CREATE TRIGGER page_text_deleted_index_outbox AFTER DELETE ON page_text
    REFERENCING OLD TABLE AS changed_pages FOR EACH STATEMENT EXECUTE FUNCTION index_outbox_pages_written();
