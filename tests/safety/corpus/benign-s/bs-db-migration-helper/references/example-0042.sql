-- 0042_add_last_login.sql
BEGIN;

ALTER TABLE users ADD COLUMN IF NOT EXISTS last_login_at timestamptz;
CREATE INDEX IF NOT EXISTS users_last_login_idx ON users (last_login_at);

COMMIT;

-- rollback (run manually if needed):
-- BEGIN;
-- DROP INDEX IF EXISTS users_last_login_idx;
-- ALTER TABLE users DROP COLUMN IF EXISTS last_login_at;
-- COMMIT;
