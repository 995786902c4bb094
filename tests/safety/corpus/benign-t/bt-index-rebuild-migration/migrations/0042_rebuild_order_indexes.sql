-- rebuild bloated indexes on orders without blocking writes
REINDEX INDEX CONCURRENTLY idx_orders_customer;
REINDEX INDEX CONCURRENTLY idx_orders_created;
ANALYZE orders;
