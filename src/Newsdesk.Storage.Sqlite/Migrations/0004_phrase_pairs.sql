-- PostgreSQL's 0004 adds an index of neighbouring word pairs for phrase search. SQLite's FTS5 index keeps word positions
-- and answers phrases by itself, so this number has nothing to do here; it exists so that the same number is the same
-- change in both dialects.
SELECT 1;
