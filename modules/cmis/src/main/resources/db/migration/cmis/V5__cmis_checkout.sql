-- CMIS check-out state: a checked-out document has one private working copy (PWC) holding the name and property
-- changes made to it until check-in turns them (with any new content) into the next version through NodeService.
CREATE TABLE cmis_checkout (
    node_id         uuid PRIMARY KEY REFERENCES node (id),
    checked_out_by  text NOT NULL CHECK (length(checked_out_by) BETWEEN 1 AND 64),
    checked_out_at  timestamptz NOT NULL DEFAULT now(),
    pending_name    text CHECK (length(pending_name) BETWEEN 1 AND 255),
    pending         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(pending) = 'object'),
    modified_at     timestamptz NOT NULL DEFAULT now()
);
