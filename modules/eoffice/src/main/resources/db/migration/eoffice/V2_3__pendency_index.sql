-- Pendency reads every pending item of an office's desks; this partial covering index lets it do so from the index
-- alone (after vacuum), without visiting the table rows. Measured with scripts/bench eoffice (docs/eoffice.md).
CREATE INDEX eo_item_pending ON eo_item (holder_post, held_since) INCLUDE (status, due_date)
    WHERE status <> 'Closed' AND in_file IS NULL;
