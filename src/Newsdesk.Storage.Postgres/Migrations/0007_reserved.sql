-- Placeholder on branch real-pages only: number 0007 is reserved for another branch's migration, and the migrator
-- allows no gaps. Renumbered (or dropped) when the branches merge.
SELECT 1;
