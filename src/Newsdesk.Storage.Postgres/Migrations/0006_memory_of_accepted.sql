-- The translation memory keeps only what was accepted (issue 19). The segments an engine returns wait on their translation
-- and enter the memory when the gate publishes it or an editor approves it.
ALTER TABLE translations ADD COLUMN memory_candidates TEXT NOT NULL DEFAULT '[]';
-- Until now every engine answer went into the memory at once, held and rejected ones included, and the memory cannot
-- tell them apart: forget the engines' entries (they are re-made on the next translation); editors' entries stay.
DELETE FROM translation_memory WHERE engine <> 'editor';
