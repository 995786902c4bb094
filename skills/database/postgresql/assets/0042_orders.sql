-- Migration under review: adds a status, an index and a foreign key to a large table.
BEGIN;
ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
ALTER TABLE orders ADD COLUMN status text NOT NULL;
CREATE INDEX orders_customer_idx ON orders (customer_id);
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk
  FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2);
UPDATE orders SET status = 'open';
COMMIT;

CREATE TABLE order_notes (id bigint PRIMARY KEY, body text);
CREATE INDEX order_notes_body_idx ON order_notes (body); -- new table: no lock concern
