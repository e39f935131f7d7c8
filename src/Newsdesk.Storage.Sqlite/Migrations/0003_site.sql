-- The published site and the editors: accounts, audit log, topics with per-language labels, publications per
-- edition, and their search index (FTS5 over Snowball-stemmed tokens; the store stems in the edition's language).
CREATE TABLE users (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT    NOT NULL UNIQUE,
    password_hash   TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER,
    created_at      INTEGER NOT NULL,
    last_sign_in_at INTEGER
);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    target  TEXT,
    details TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE topics (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    key        TEXT    NOT NULL UNIQUE,
    kind       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE topic_labels (
    topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    lang     TEXT    NOT NULL,
    label    TEXT    NOT NULL,
    slug     TEXT    NOT NULL,
    PRIMARY KEY (topic_id, lang),
    UNIQUE (lang, slug)
);

CREATE TABLE article_topics (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    topic_id   INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    weight     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (article_id, topic_id)
);
CREATE INDEX article_topics_topic ON article_topics (topic_id, article_id);

CREATE TABLE publications (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id         INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang               TEXT    NOT NULL,
    translation_id     INTEGER REFERENCES translations (id) ON DELETE CASCADE,
    source_id          INTEGER,
    cluster_id         INTEGER NOT NULL,
    title              TEXT    NOT NULL,
    lead               TEXT,
    section            TEXT,
    slug               TEXT    NOT NULL,
    published_at       INTEGER NOT NULL,
    first_published_at INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    noindex            INTEGER NOT NULL DEFAULT 0,
    search_text        TEXT    NOT NULL DEFAULT '',
    UNIQUE (article_id, lang)
);
CREATE INDEX publications_lang_date ON publications (lang, published_at, id);
CREATE INDEX publications_cluster ON publications (cluster_id, lang);
CREATE INDEX publications_first ON publications (first_published_at);

-- rowid = publications.id; columns hold stemmed tokens, so highlighting is done on publications.search_text.
CREATE VIRTUAL TABLE publication_search USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE site_state (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO site_state (id, version) VALUES (1, 0);
