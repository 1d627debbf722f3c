-- A file's other volumes and part files share its number up to the suffix ("A-1/3/2026-Rev (Vol.2)", "… (Part-1)"):
-- the file page finds them by that prefix, a range in byte order, which the unique (kind, office_id, number) index
-- cannot serve under a language collation. Partial: receipts never need it.
CREATE INDEX eo_item_file_number_prefix ON eo_item (office_id, number text_pattern_ops) WHERE kind = 'file';
