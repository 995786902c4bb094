\if :{?db}
\else
  \echo 'pass -v db=app_test'
  \quit
\endif
SELECT :'db' LIKE '%\_test' AS ok \gset
\if :ok
  DROP DATABASE IF EXISTS :"db" WITH (FORCE);
  CREATE DATABASE :"db";
\else
  \echo 'refusing: database name must end in _test'
\endif
