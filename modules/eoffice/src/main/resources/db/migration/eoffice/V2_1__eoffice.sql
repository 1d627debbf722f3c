-- e-Office: organisation, desks, numbering, items (files and receipts) with their movement, notes, drafts, dispatch.
-- The documents themselves are eo: nodes; these tables hold what must be queried fast and the rules that protect
-- data (one holder per item, unique numbers, green notes, frozen receipt fields), so a second writer cannot break them.

CREATE TABLE eo_office (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id   bigint REFERENCES eo_office (id),
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9&.()-]{1,40}$'),
    name_en     text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    name_hi     text NOT NULL CHECK (length(name_hi) BETWEEN 1 AND 200),
    level       text NOT NULL CHECK (level IN ('State', 'Division', 'District', 'Tehsil', 'Block', 'Panchayat', 'Other')),
    -- File-number scheme, tokens {head} {serial} {year} {section}; e.g. {head}/{serial}/{year}-{section}
    file_scheme text NOT NULL DEFAULT '{head}/{serial}/{year}-{section}' CHECK (file_scheme LIKE '%{serial}%'),
    -- Legacy files may keep free-form numbers when the office allows it.
    free_numbers boolean NOT NULL DEFAULT false,
    -- Repository folders holding the office's file folders and receipt documents.
    files_folder    uuid NOT NULL REFERENCES node (id),
    receipts_folder uuid NOT NULL REFERENCES node (id),
    CONSTRAINT eo_office_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE TABLE eo_section (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_id bigint NOT NULL REFERENCES eo_office (id),
    code      text NOT NULL CHECK (code ~ '^[A-Za-z0-9&.()-]{1,20}$'),
    name_en   text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    name_hi   text NOT NULL CHECK (length(name_hi) BETWEEN 1 AND 200),
    UNIQUE (office_id, code)
);

-- A desk: a designation in a section. rank orders seniority within an office (higher is senior).
CREATE TABLE eo_post (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id     bigint NOT NULL REFERENCES eo_section (id),
    designation_en text NOT NULL CHECK (length(designation_en) BETWEEN 1 AND 200),
    designation_hi text NOT NULL CHECK (length(designation_hi) BETWEEN 1 AND 200),
    rank           integer NOT NULL CHECK (rank BETWEEN 1 AND 100),
    officer        boolean NOT NULL DEFAULT false
);
CREATE INDEX eo_post_section ON eo_post (section_id);

-- Users on posts over time: a transfer ends one assignment and starts another; the post and its work stay.
CREATE TABLE eo_assignment (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id    bigint NOT NULL REFERENCES eo_post (id),
    username   text NOT NULL REFERENCES app_user (username),
    from_time  timestamptz NOT NULL,
    until_time timestamptz,
    -- The post a user acts for when a request names none.
    is_default boolean NOT NULL DEFAULT false,
    CONSTRAINT eo_assignment_period CHECK (until_time IS NULL OR until_time > from_time)
);
-- One current holder per post.
CREATE UNIQUE INDEX eo_assignment_one_holder ON eo_assignment (post_id) WHERE until_time IS NULL;
CREATE INDEX eo_assignment_user ON eo_assignment (username) WHERE until_time IS NULL;
CREATE UNIQUE INDEX eo_assignment_one_default ON eo_assignment (username) WHERE until_time IS NULL AND is_default;

-- Functional heads an office allows for file numbers; an office with none allows any head.
CREATE TABLE eo_file_head (
    office_id   bigint NOT NULL REFERENCES eo_office (id),
    code        text NOT NULL CHECK (code ~ '^[A-Za-z0-9.-]{1,30}$'),
    description text NOT NULL,
    PRIMARY KEY (office_id, code)
);

-- Number counters: one row per office, kind, scope and year, advanced with UPDATE ... RETURNING in the caller's
-- transaction so two clerks never get the same number and a rolled-back creation gives its number back.
CREATE TABLE eo_counter (
    office_id  bigint NOT NULL REFERENCES eo_office (id),
    kind       text NOT NULL CHECK (kind IN ('file', 'diary', 'dispatch')),
    scope      text NOT NULL,
    year       integer NOT NULL CHECK (year BETWEEN 1800 AND 2200),
    last_value bigint NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (office_id, kind, scope, year)
);

CREATE SEQUENCE eo_computer_number START 1001;

-- A file or a receipt: the node plus its whereabouts. holder_post is the one desk holding it, never null.
CREATE TABLE eo_item (
    node_id         uuid PRIMARY KEY REFERENCES node (id),
    kind            text NOT NULL CHECK (kind IN ('file', 'receipt')),
    office_id       bigint NOT NULL REFERENCES eo_office (id),
    section_id      bigint NOT NULL REFERENCES eo_section (id),
    number          text NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
    computer_number bigint,
    subject         text NOT NULL,
    grading         text NOT NULL CHECK (grading IN ('Normal', 'Confidential', 'Secret')),
    vip             boolean NOT NULL DEFAULT false,
    created_by_post bigint NOT NULL REFERENCES eo_post (id),
    created_at      timestamptz NOT NULL,
    holder_post     bigint NOT NULL REFERENCES eo_post (id),
    held_since      timestamptz NOT NULL,
    due_date        date,
    status          text NOT NULL CHECK (status IN ('Active', 'Parked', 'Closed')),
    closed_at       timestamptz,
    in_file         uuid REFERENCES eo_item (node_id),
    first_moved_at  timestamptz,
    -- The send that brought it to its holder (for the inbox's unread flag), null while with its creator.
    last_sent_id    bigint,
    UNIQUE (kind, office_id, number),
    CONSTRAINT eo_item_closed_consistent CHECK ((status = 'Closed') = (closed_at IS NOT NULL)),
    CONSTRAINT eo_item_only_receipts_in_files CHECK (in_file IS NULL OR kind = 'receipt')
);
CREATE UNIQUE INDEX eo_item_computer_number ON eo_item (computer_number) WHERE computer_number IS NOT NULL;
CREATE INDEX eo_item_holder ON eo_item (holder_post, status, held_since);
CREATE INDEX eo_item_creator ON eo_item (created_by_post, status);
CREATE INDEX eo_item_office ON eo_item (office_id, status);

-- Every desk that ever created or held an item: what ReadAccess answers from, with one index lookup.
CREATE TABLE eo_item_desk (
    item_id uuid NOT NULL REFERENCES eo_item (node_id),
    post_id bigint NOT NULL REFERENCES eo_post (id),
    PRIMARY KEY (item_id, post_id)
);

-- The movement history: append-only apart from the read/pull-back stamps of a send.
CREATE TABLE eo_movement (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id        uuid NOT NULL REFERENCES eo_item (node_id),
    action         text NOT NULL CHECK (action IN ('Created', 'Sent', 'PulledBack', 'Parked', 'Activated', 'Closed', 'Reopened')),
    from_post      bigint NOT NULL REFERENCES eo_post (id),
    to_post        bigint REFERENCES eo_post (id),
    office_id      bigint NOT NULL REFERENCES eo_office (id),
    username       text NOT NULL,
    remarks        text,
    priority       text NOT NULL DEFAULT 'Normal' CHECK (priority IN ('Normal', 'Immediate', 'Most Immediate')),
    due_date       date,
    at             timestamptz NOT NULL,
    read_at        timestamptz,
    pulled_back_at timestamptz,
    CONSTRAINT eo_movement_send_has_receiver CHECK ((action = 'Sent') = (to_post IS NOT NULL)),
    CONSTRAINT eo_movement_not_to_self CHECK (to_post IS NULL OR to_post <> from_post),
    CONSTRAINT eo_movement_read_or_pulled CHECK (read_at IS NULL OR pulled_back_at IS NULL)
);
CREATE INDEX eo_movement_item ON eo_movement (item_id, id);
CREATE INDEX eo_movement_sent_by ON eo_movement (from_post, at) WHERE action = 'Sent';
CREATE INDEX eo_movement_office_month ON eo_movement (office_id, at, action);

-- Notes: paragraph numbers run through the file's notesheet; a green note never changes again.
CREATE TABLE eo_note (
    node_id      uuid PRIMARY KEY REFERENCES node (id),
    file_id      uuid NOT NULL REFERENCES eo_item (node_id),
    paragraph    integer NOT NULL CHECK (paragraph BETWEEN 1 AND 100000),
    author_post  bigint NOT NULL REFERENCES eo_post (id),
    state        text NOT NULL CHECK (state IN ('Yellow', 'Green')),
    created_at   timestamptz NOT NULL,
    confirmed_at timestamptz,
    CONSTRAINT eo_note_green_confirmed CHECK ((state = 'Green') = (confirmed_at IS NOT NULL)),
    CONSTRAINT eo_note_paragraph_unique UNIQUE (file_id, paragraph) DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX eo_note_yellow ON eo_note (file_id, author_post) WHERE state = 'Yellow';

CREATE FUNCTION eo_note_green_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state = 'Green' THEN
        RAISE EXCEPTION 'note % is green (confirmed) and cannot change', OLD.node_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER eo_note_green_is_final BEFORE UPDATE OR DELETE ON eo_note
    FOR EACH ROW EXECUTE FUNCTION eo_note_green_is_final();

-- A file cannot change hands while any yellow note is in it.
CREATE FUNCTION eo_item_no_yellow_notes_on_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.holder_post <> OLD.holder_post
       AND EXISTS (SELECT 1 FROM eo_note WHERE file_id = NEW.node_id AND state = 'Yellow') THEN
        RAISE EXCEPTION 'file % has yellow notes; confirm or discard them before it moves', NEW.node_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER eo_item_no_yellow_notes_on_move BEFORE UPDATE OF holder_post ON eo_item
    FOR EACH ROW WHEN (OLD.kind = 'file') EXECUTE FUNCTION eo_item_no_yellow_notes_on_move();

-- Receipt fields frozen after the first movement.
CREATE TABLE eo_receipt (
    node_id       uuid PRIMARY KEY REFERENCES eo_item (node_id),
    diary_serial  bigint NOT NULL CHECK (diary_serial > 0),
    diary_year    integer NOT NULL,
    received_date date NOT NULL,
    letter_date   date,
    delivery_mode text NOT NULL,
    electronic    boolean NOT NULL,
    frozen        boolean NOT NULL DEFAULT false
);

CREATE FUNCTION eo_receipt_frozen_fields() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.frozen AND (NEW.received_date IS DISTINCT FROM OLD.received_date
                       OR NEW.letter_date IS DISTINCT FROM OLD.letter_date
                       OR NEW.delivery_mode IS DISTINCT FROM OLD.delivery_mode
                       OR NOT NEW.frozen) THEN
        RAISE EXCEPTION 'receipt % has moved; received date, letter date and delivery mode are frozen', OLD.node_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER eo_receipt_frozen_fields BEFORE UPDATE ON eo_receipt
    FOR EACH ROW EXECUTE FUNCTION eo_receipt_frozen_fields();

-- A receipt put into a file becomes correspondence, with its page range in the file.
CREATE TABLE eo_correspondence (
    receipt_id uuid PRIMARY KEY REFERENCES eo_receipt (node_id),
    file_id    uuid NOT NULL REFERENCES eo_item (node_id),
    first_page integer NOT NULL CHECK (first_page >= 1),
    last_page  integer NOT NULL,
    added_at   timestamptz NOT NULL,
    added_by_post bigint NOT NULL REFERENCES eo_post (id),
    CONSTRAINT eo_correspondence_pages CHECK (last_page >= first_page),
    UNIQUE (file_id, first_page)
);

-- Drafts for approval and the dispatch register.
CREATE TABLE eo_draft (
    node_id          uuid PRIMARY KEY REFERENCES node (id),
    file_id          uuid NOT NULL REFERENCES eo_item (node_id),
    reply_to         uuid REFERENCES eo_receipt (node_id),
    author_post      bigint NOT NULL REFERENCES eo_post (id),
    status           text NOT NULL CHECK (status IN ('Draft', 'Approved', 'Issued')),
    approved_by_post bigint REFERENCES eo_post (id),
    approved_at      timestamptz,
    created_at       timestamptz NOT NULL,
    CONSTRAINT eo_draft_approval CHECK ((status = 'Draft') = (approved_by_post IS NULL)),
    CONSTRAINT eo_draft_not_self_approved CHECK (approved_by_post IS NULL OR approved_by_post <> author_post)
);
CREATE INDEX eo_draft_file ON eo_draft (file_id);
CREATE INDEX eo_draft_reply ON eo_draft (reply_to) WHERE status <> 'Issued';

CREATE FUNCTION eo_draft_issued_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'Issued' THEN
        RAISE EXCEPTION 'draft % is issued and cannot change', OLD.node_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER eo_draft_issued_is_final BEFORE UPDATE ON eo_draft
    FOR EACH ROW EXECUTE FUNCTION eo_draft_issued_is_final();

CREATE TABLE eo_dispatch (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_id       bigint NOT NULL REFERENCES eo_office (id),
    serial          bigint NOT NULL CHECK (serial > 0),
    year            integer NOT NULL,
    dispatch_number text NOT NULL,
    draft_id        uuid NOT NULL UNIQUE REFERENCES eo_draft (node_id),
    addressee       text NOT NULL,
    mode            text NOT NULL,
    dispatched_at   timestamptz NOT NULL,
    dispatched_by_post bigint NOT NULL REFERENCES eo_post (id),
    UNIQUE (office_id, year, serial),
    UNIQUE (office_id, dispatch_number)
);
