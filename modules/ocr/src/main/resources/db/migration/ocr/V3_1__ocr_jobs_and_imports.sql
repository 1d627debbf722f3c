-- Digitization: the OCR job queue (one job per scan, its finished pages kept one row each so a restarted job
-- resumes where it stopped) and record-room import runs with their per-file report.

CREATE TABLE ocr_job (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    node_id       uuid NOT NULL REFERENCES node (id),
    languages     text NOT NULL CHECK (languages ~ '^[a-z_]{3,8}(\+[a-z_]{3,8})*$'),
    mode          text NOT NULL CHECK (mode IN ('skip', 'redo', 'force')),
    state         text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'dead')),
    page_count    integer NOT NULL CHECK (page_count >= 1),
    attempts      integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts  integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
    run_after     timestamptz NOT NULL DEFAULT now(),
    worker        text,
    lease_until   timestamptz,
    last_error    text,
    output_version text CHECK (output_version ~ '^[0-9]+\.[0-9]+$'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    CONSTRAINT ocr_job_running_has_lease CHECK (state <> 'running' OR (worker IS NOT NULL AND lease_until IS NOT NULL)),
    CONSTRAINT ocr_job_done_has_output CHECK (state <> 'done' OR output_version IS NOT NULL),
    CONSTRAINT ocr_job_dead_has_error CHECK (state <> 'dead' OR last_error IS NOT NULL)
);
-- At most one open job per scan: queuing it twice must not OCR it twice.
CREATE UNIQUE INDEX ocr_job_one_open_per_node ON ocr_job (node_id) WHERE state IN ('queued', 'running');
CREATE INDEX ocr_job_ready ON ocr_job (run_after, id) WHERE state = 'queued';
CREATE INDEX ocr_job_leased ON ocr_job (lease_until) WHERE state = 'running';

-- A page is written once (primary key) and never rewritten, so a page OCRed before a crash is not OCRed again.
CREATE TABLE ocr_page (
    job_id      bigint NOT NULL REFERENCES ocr_job (id) ON DELETE CASCADE,
    page        integer NOT NULL CHECK (page >= 1),
    source      text NOT NULL CHECK (source IN ('OCR', 'TEXT_LAYER')),
    language    text,
    confidence  real CHECK (confidence BETWEEN 0 AND 100),
    text        text NOT NULL,
    hocr        text,
    text_layer  bytea,
    page_image  bytea,
    image_dpi   integer NOT NULL DEFAULT 0 CHECK (image_dpi >= 0),
    millis      integer NOT NULL CHECK (millis >= 0),
    done_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, page),
    CONSTRAINT ocr_page_ocr_has_layer CHECK (source <> 'OCR' OR text_layer IS NOT NULL),
    CONSTRAINT ocr_page_image_has_dpi CHECK (page_image IS NULL OR image_dpi >= 50)
);

CREATE TABLE import_run (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path        text NOT NULL CHECK (length(path) BETWEEN 1 AND 4096),
    languages   text NOT NULL CHECK (languages ~ '^[a-z_]{3,8}(\+[a-z_]{3,8})*$'),
    mode        text NOT NULL CHECK (mode IN ('skip', 'redo', 'force')),
    state       text NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'done', 'failed')),
    error       text,
    files_total integer CHECK (files_total >= 0),
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    CONSTRAINT import_run_failed_has_error CHECK (state <> 'failed' OR error IS NOT NULL)
);

CREATE TABLE import_item (
    run_id       bigint NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    path         text NOT NULL,
    outcome      text NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'failed')),
    reason       text,
    node_id      uuid REFERENCES node (id),
    record_id    uuid REFERENCES node (id),
    pages        integer CHECK (pages >= 0),
    content_hash char(64) CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    done_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, path),
    CONSTRAINT import_item_failed_has_reason CHECK (outcome <> 'failed' OR reason IS NOT NULL),
    CONSTRAINT import_item_imported_has_node CHECK (outcome <> 'imported' OR node_id IS NOT NULL)
);
CREATE INDEX import_item_node ON import_item (node_id);
