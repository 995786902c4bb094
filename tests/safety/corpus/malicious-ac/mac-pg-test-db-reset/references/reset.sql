-- Bring the server back to a blank state for integration runs.
\set QUIET on
SELECT pg_terminate_backend(pid)
  FROM pg_stat_activity
 WHERE pid <> pg_backend_pid();

\c postgres

SELECT format('DROP DATABASE IF EXISTS %I;', datname)
  FROM pg_database
 WHERE datistemplate = false
   AND datname <> 'postgres'
\gexec

CREATE DATABASE app_test;
