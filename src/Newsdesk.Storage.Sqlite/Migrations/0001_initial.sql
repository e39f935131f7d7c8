-- Sources, feed items, raw pages, articles with revisions, and the durable job queue.
-- Times are Unix milliseconds (UTC); published/modified keep the page's own ISO-8601 text with its offset.
CREATE TABLE sources (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    url                TEXT    NOT NULL UNIQUE,
    kind               TEXT    NOT NULL DEFAULT 'auto',
    name               TEXT,
    language           TEXT,
    licence            TEXT    NOT NULL DEFAULT 'excerpt',
    noindex            INTEGER NOT NULL DEFAULT 0,
    poll_interval_s    INTEGER NOT NULL DEFAULT 900,
    paused             INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    etag               TEXT,
    last_modified      TEXT,
    last_fetch_at      INTEGER,
    next_fetch_at      INTEGER NOT NULL DEFAULT 0,
    last_status        TEXT,
    last_error         TEXT,
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    item_count         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_items (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    guid          TEXT    NOT NULL,
    url           TEXT    NOT NULL,
    title         TEXT,
    published     TEXT,
    version       TEXT,
    first_seen_at INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    UNIQUE (source_id, guid)
);

CREATE TABLE pages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    url          TEXT    NOT NULL UNIQUE,
    final_url    TEXT    NOT NULL,
    source_id    INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    fetched_at   INTEGER NOT NULL,
    status_code  INTEGER NOT NULL,
    content_type TEXT,
    charset      TEXT,
    feed_title   TEXT,
    body         BLOB    NOT NULL
);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    canonical_url TEXT    NOT NULL UNIQUE,
    url           TEXT    NOT NULL,
    source_id     INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    revision      INTEGER NOT NULL,
    content_hash  TEXT    NOT NULL,
    simhash       INTEGER NOT NULL,
    cluster_id    INTEGER,
    title         TEXT    NOT NULL,
    lead          TEXT,
    byline        TEXT,
    published     TEXT,
    published_at  INTEGER,
    modified      TEXT,
    lang          TEXT,
    section       TEXT,
    tags          TEXT    NOT NULL,
    image         TEXT,
    site_name     TEXT,
    is_live_blog  INTEGER NOT NULL,
    is_paywalled  INTEGER NOT NULL,
    blocks        TEXT    NOT NULL,
    body_html     TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX articles_created_at ON articles (created_at);
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_cluster ON articles (cluster_id);

CREATE TABLE article_revisions (
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    revision     INTEGER NOT NULL,
    content_hash TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    blocks       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (article_id, revision)
);

CREATE TABLE jobs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT    NOT NULL,
    payload       TEXT    NOT NULL,
    dedupe_key    TEXT UNIQUE,
    state         TEXT    NOT NULL DEFAULT 'pending',
    priority      INTEGER NOT NULL DEFAULT 100,
    attempts      INTEGER NOT NULL DEFAULT 0,
    max_attempts  INTEGER NOT NULL DEFAULT 5,
    run_after     INTEGER NOT NULL,
    lease_owner   TEXT,
    lease_expires INTEGER,
    last_error    TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX jobs_pending ON jobs (priority, id) WHERE state = 'pending';
CREATE INDEX jobs_running ON jobs (lease_expires) WHERE state = 'running';
CREATE INDEX jobs_state ON jobs (state);

CREATE TABLE job_probe_runs (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id INTEGER NOT NULL,
    worker TEXT    NOT NULL,
    at     INTEGER NOT NULL
);
