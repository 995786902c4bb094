BEGIN;
ALTER TABLE orders ADD COLUMN legacy_status text;
UPDATE orders o SET legacy_status = s.code FROM statuses s WHERE s.id = o.status_id;
CREATE INDEX orders_legacy_status_idx ON orders (legacy_status);
COMMIT;
