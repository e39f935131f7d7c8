-- Sessions are revocable (issue 21): each user has a security stamp, copied into the session cookie and compared on every
-- request. Signing out and changing the password replace it, which ends every session of that user at once.
ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
-- Cookies issued before this migration carry no stamp and are refused: everyone signs in once more.
UPDATE users SET security_stamp = replace(gen_random_uuid()::text, '-', '');
