-- Text of each page of a document's current content, as extracted from a text layer or produced by OCR: what
-- search indexes, and what lets a hit name its page. Replaced whole whenever a document's text is (re)computed.
CREATE TABLE page_text (
    node_id       uuid NOT NULL REFERENCES node (id),
    page          integer NOT NULL CHECK (page >= 1),
    version_label text NOT NULL CHECK (version_label ~ '^[0-9]+\.[0-9]+$'),
    source        text NOT NULL CHECK (source IN ('TEXT_LAYER', 'OCR', 'PLAIN_TEXT')),
    language      text,
    confidence    real CHECK (confidence BETWEEN 0 AND 100),
    text          text NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (node_id, page)
);
