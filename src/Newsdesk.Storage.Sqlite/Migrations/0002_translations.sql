-- Translations (one per article and language, with the gate's verdict), the translation memory, and the glossary.
CREATE TABLE translations (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lang             TEXT    NOT NULL,
    source_lang      TEXT    NOT NULL,
    article_revision INTEGER NOT NULL,
    engine           TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    lead             TEXT,
    blocks           TEXT    NOT NULL,
    body_html        TEXT    NOT NULL,
    verdict          TEXT,
    findings         TEXT    NOT NULL DEFAULT '[]',
    fixes            TEXT    NOT NULL DEFAULT '[]',
    cost_chars       INTEGER NOT NULL DEFAULT 0,
    cost_tokens      INTEGER NOT NULL DEFAULT 0,
    memory_hits      INTEGER NOT NULL DEFAULT 0,
    engine_calls     INTEGER NOT NULL DEFAULT 0,
    error            TEXT,
    reviewed_by      TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    published_at     INTEGER,
    UNIQUE (article_id, lang)
);
CREATE INDEX translations_lang_status ON translations (lang, status, published_at);
CREATE INDEX translations_status ON translations (status, updated_at);

CREATE TABLE translation_memory (
    key         TEXT    PRIMARY KEY,
    source_lang TEXT    NOT NULL,
    target_lang TEXT    NOT NULL,
    engine      TEXT    NOT NULL,
    source_text TEXT    NOT NULL,
    target_text TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE glossary_entries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    source_lang TEXT    NOT NULL,
    target_lang TEXT    NOT NULL,
    term        TEXT    NOT NULL,
    rendering   TEXT,
    avoid       TEXT    NOT NULL DEFAULT '[]',
    note        TEXT,
    created_at  INTEGER NOT NULL,
    UNIQUE (source_lang, target_lang, term)
);
