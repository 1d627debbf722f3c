-- "My files pending with others" lists a desk's active items held elsewhere, longest waiting first: read in that
-- order from this index instead of fetching every item the desk ever created and sorting them.
CREATE INDEX eo_item_created_pending ON eo_item (created_by_post, held_since) WHERE status = 'Active' AND in_file IS NULL;
