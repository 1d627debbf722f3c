-- A send of a file to a desk it never visited touches the receipts inside it (their readers change too), and that
-- lookup by in_file scanned every item: at 100,000 items it halved send throughput (docs/eoffice.md). Partial, so
-- only receipts put in a file are indexed and a file's own sends never write to it.
CREATE INDEX eo_item_in_file ON eo_item (in_file) WHERE in_file IS NOT NULL;
