-- Search: a user's saved searches (the search page's query and facet filters under a name of their choosing,
-- Hindi or English). Names are unique per user; the searches go when the user goes.
CREATE TABLE saved_search (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username   text NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100 AND name = btrim(name)),
    query      text NOT NULL CHECK (length(query) <= 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT saved_search_name_per_user UNIQUE (username, name)
);

CREATE TABLE saved_search_filter (
    saved_search_id bigint NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    facet           text NOT NULL CHECK (facet IN ('office', 'section', 'type', 'category', 'year', 'status', 'grading')),
    value           text NOT NULL CHECK (length(value) BETWEEN 1 AND 500),
    PRIMARY KEY (saved_search_id, facet)
);
