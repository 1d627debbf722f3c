-- Pendency counted as it changes instead of at report time. Counting an office's pending items row by row costs
-- time in proportion to its backlog and, right after a busy spell of sends, a heap visit per item (the visibility map
-- is cleared until vacuum): 19-24 ms for 9,000 pending items in scripts/bench eoffice. Each row here counts the items
-- a desk holds with the same (active, UTC day it arrived, due date); a report reads a few rows per desk and day.
-- Kept by triggers on eo_item, so every way an item is created, moved, parked, closed or put in a file is counted.
CREATE TABLE eo_desk_pendency (
    post_id  bigint NOT NULL REFERENCES eo_post (id),
    active   boolean NOT NULL,
    held_day date NOT NULL,
    -- 'infinity' when there is no due date: it is then never before today, i.e. never overdue
    due_date date NOT NULL,
    items    integer NOT NULL CHECK (items > 0),
    PRIMARY KEY (post_id, active, held_day, due_date)
);

-- Adds delta (+1 or -1) items to one counter; a counter that reaches zero is removed, so a report never reads
-- empty rows. A decrement of a counter that does not exist means the counts are wrong and is refused.
CREATE FUNCTION eo_desk_pendency_add(post bigint, is_active boolean, held date, due date, delta integer)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF delta > 0 THEN
        INSERT INTO eo_desk_pendency AS p VALUES (post, is_active, held, due, delta)
        ON CONFLICT (post_id, active, held_day, due_date) DO UPDATE SET items = p.items + delta;
    ELSE
        MERGE INTO eo_desk_pendency p
        USING (VALUES (post, is_active, held, due)) AS k (post_id, active, held_day, due_date)
        ON p.post_id = k.post_id AND p.active = k.active AND p.held_day = k.held_day AND p.due_date = k.due_date
        WHEN MATCHED AND p.items + delta = 0 THEN DELETE
        WHEN MATCHED THEN UPDATE SET items = p.items + delta;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'pendency counter (post %, active %, held %, due %) is missing', post, is_active, held, due
                USING ERRCODE = 'data_corrupted';
        END IF;
    END IF;
END $$;

-- An item is pending at its holder while it is not closed and not inside a file (receipts in a file count with it).
CREATE FUNCTION eo_desk_pendency_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was boolean := TG_OP <> 'INSERT' AND OLD.status <> 'Closed' AND OLD.in_file IS NULL;
    now_is boolean := TG_OP <> 'DELETE' AND NEW.status <> 'Closed' AND NEW.in_file IS NULL;
    old_key record;
    new_key record;
BEGIN
    IF was THEN
        old_key := ROW(OLD.holder_post, OLD.status = 'Active', (OLD.held_since AT TIME ZONE 'UTC')::date,
                       coalesce(OLD.due_date, 'infinity'::date));
    END IF;
    IF now_is THEN
        new_key := ROW(NEW.holder_post, NEW.status = 'Active', (NEW.held_since AT TIME ZONE 'UTC')::date,
                       coalesce(NEW.due_date, 'infinity'::date));
    END IF;
    IF was AND now_is AND old_key = new_key THEN
        RETURN NULL;
    END IF;
    -- The two counters in key order: two transactions changing the same two counters (a desk sends to another
    -- while that one sends back) then lock them in the same order and cannot deadlock.
    IF was AND (NOT now_is OR old_key < new_key) THEN
        PERFORM eo_desk_pendency_add(old_key.f1, old_key.f2, old_key.f3, old_key.f4, -1);
        was := false;
    END IF;
    IF now_is THEN
        PERFORM eo_desk_pendency_add(new_key.f1, new_key.f2, new_key.f3, new_key.f4, 1);
    END IF;
    IF was THEN
        PERFORM eo_desk_pendency_add(old_key.f1, old_key.f2, old_key.f3, old_key.f4, -1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER eo_desk_pendency_insert_delete AFTER INSERT OR DELETE ON eo_item
    FOR EACH ROW EXECUTE FUNCTION eo_desk_pendency_track();
CREATE TRIGGER eo_desk_pendency_update AFTER UPDATE OF holder_post, held_since, due_date, status, in_file ON eo_item
    FOR EACH ROW WHEN (OLD.holder_post IS DISTINCT FROM NEW.holder_post OR OLD.held_since IS DISTINCT FROM NEW.held_since
                       OR OLD.due_date IS DISTINCT FROM NEW.due_date OR OLD.status IS DISTINCT FROM NEW.status
                       OR OLD.in_file IS DISTINCT FROM NEW.in_file)
    EXECUTE FUNCTION eo_desk_pendency_track();

INSERT INTO eo_desk_pendency (post_id, active, held_day, due_date, items)
SELECT holder_post, status = 'Active', (held_since AT TIME ZONE 'UTC')::date, coalesce(due_date, 'infinity'), count(*)
FROM eo_item WHERE status <> 'Closed' AND in_file IS NULL GROUP BY 1, 2, 3, 4;

-- Reports no longer read items for pendency: these two indexes only cost every send an insertion each.
-- (The parked folder reads eo_item_holder; the ranking reads the counters.)
DROP INDEX eo_item_pending;
DROP INDEX eo_item_office;
