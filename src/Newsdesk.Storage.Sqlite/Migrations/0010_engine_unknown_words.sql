-- Words the engine marked as unknown and the desk left as they were (no safe rendering), as a JSON array of strings. The
-- check reports each one still in the text, also when the target's spelling dictionary happens to know the word (French
-- "ferré" is also a Spanish verb form).
ALTER TABLE translations ADD COLUMN unknown_words TEXT NOT NULL DEFAULT '[]';
