#!/usr/bin/env python3
import os
from pathlib import Path

import psycopg

if Path(".env").exists():
    for line in Path(".env").read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            k, v = line.split("=", 1)
            os.environ.setdefault(k.strip(), v.strip())

url = os.environ["DATABASE_URL"]
with psycopg.connect(url, autocommit=True) as conn:
    rows = conn.execute(
        "select schema_name from information_schema.schemata "
        "where schema_name not like 'pg_%' and schema_name <> 'information_schema'"
    ).fetchall()
    for (schema,) in rows:
        conn.execute(f'drop schema "{schema}" cascade')
    conn.execute("create schema public")
print(f"reset {len(rows)} schemas")
