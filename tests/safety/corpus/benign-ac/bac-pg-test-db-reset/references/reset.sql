SELECT pg_terminate_backend(pid)
  FROM pg_stat_activity
 WHERE datname = 'app_test' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS app_test;
CREATE DATABASE app_test;
