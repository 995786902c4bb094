-- legacy_status was replaced by status_id in 0037; no code reads it since 3.8
BEGIN;
DROP INDEX IF EXISTS orders_legacy_status_idx;
ALTER TABLE orders DROP COLUMN IF EXISTS legacy_status;
COMMIT;
