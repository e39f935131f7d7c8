-- Section and topic names per edition language (issue 15): a label found in one language is translated once per edition
-- language by the desk's engine, and an editor may set it by hand. The site never shows a label in another edition's
-- language; while a row is missing it shows the edition's own generic word.
CREATE TABLE site_labels (
    source_lang TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    lang        TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    set_by      TEXT    NOT NULL CHECK (set_by IN ('engine', 'editor')),
    engine      TEXT,
    editor      TEXT,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (source_lang, source, lang)
);
CREATE INDEX site_labels_lang ON site_labels (lang);
