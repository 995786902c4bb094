\echo 'roles'
SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolcanlogin, rolbypassrls
FROM pg_roles WHERE rolname NOT LIKE 'pg\_%' ORDER BY 1;

\echo 'memberships'
SELECT r.rolname AS role, m.rolname AS member
FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
ORDER BY 1, 2;

\echo 'table privileges (non-system schemas)'
SELECT grantee, table_schema, table_name, string_agg(privilege_type, ',' ORDER BY privilege_type) AS privs
FROM information_schema.role_table_grants
WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
GROUP BY 1, 2, 3 ORDER BY 2, 3, 1;
