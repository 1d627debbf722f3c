-- The inbox lists a desk's items unread first, newest first. Deriving "unread" from each item's last send meant
-- reading every item a desk holds (hundreds at a busy desk) to sort them; kept on the item, the first page of the
-- inbox is read straight from one index. Maintained with the send (set), the open and the pull back (cleared).
ALTER TABLE eo_item ADD COLUMN unread boolean NOT NULL DEFAULT false;

UPDATE eo_item i SET unread = true
FROM eo_movement m
WHERE m.id = i.last_sent_id AND m.to_post = i.holder_post AND m.read_at IS NULL AND m.pulled_back_at IS NULL;

ALTER TABLE eo_item ADD CONSTRAINT eo_item_unread_has_send CHECK (NOT unread OR last_sent_id IS NOT NULL);

CREATE INDEX eo_item_inbox ON eo_item (holder_post, unread DESC, held_since DESC)
    WHERE status = 'Active' AND in_file IS NULL;
