import os
import psycopg

url = os.environ.get("DATABASE_URL") or os.environ.get("PROD_DATABASE_URL")
with psycopg.connect(url, autocommit=True) as conn:
    tables = conn.execute("select tablename from pg_tables where schemaname = 'public'").fetchall()
    for (name,) in tables:
        conn.execute(f'drop table if exists "{name}" cascade')
    conn.execute("drop schema if exists backups cascade")
print(f"dropped {len(tables)} tables")
