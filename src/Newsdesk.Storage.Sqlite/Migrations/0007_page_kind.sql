-- What each extracted page is (issue 20): article, live_blog, listing, media, results, template, error or stub, with
-- the evidence in a few words. Only articles are stored as articles and translated; the others stay as pages with their
-- kind, counted in `jobs status` and per source. NULL until the page is extracted.
ALTER TABLE pages ADD COLUMN kind TEXT;
ALTER TABLE pages ADD COLUMN kind_reason TEXT;
CREATE INDEX pages_kind ON pages (kind, source_id);
-- Which way the extractor found the body: rules, structured_data, scoring, largest_prose (the fallbacks), or none.
ALTER TABLE articles ADD COLUMN extraction_path TEXT NOT NULL DEFAULT 'rules';
