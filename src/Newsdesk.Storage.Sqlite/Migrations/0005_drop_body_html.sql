-- The body's HTML is written from the blocks, in one place, when a page shows it (Newsdesk.Sanitizing.ArticleHtml);
-- nothing read the stored copies, which could only drift from the blocks.
ALTER TABLE articles DROP COLUMN body_html;
ALTER TABLE translations DROP COLUMN body_html;
