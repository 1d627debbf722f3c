-- Green notes and issued drafts are final on every surface: the generic node API (and later CMIS) cannot change,
-- version or trash their nodes either. The e-Office marks a note green / a draft issued only after its last node
-- change, so this guard never stands in its own way.
CREATE FUNCTION eo_node_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM eo_note WHERE node_id = OLD.id AND state = 'Green') THEN
        RAISE EXCEPTION 'node % is a green note; green notes cannot change', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM eo_draft WHERE node_id = OLD.id AND status = 'Issued') THEN
        RAISE EXCEPTION 'node % is an issued draft; issued letters cannot change', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER eo_node_is_final BEFORE UPDATE ON node
    FOR EACH ROW WHEN (OLD.type IN ('eo:note', 'eo:draft')) EXECUTE FUNCTION eo_node_is_final();
