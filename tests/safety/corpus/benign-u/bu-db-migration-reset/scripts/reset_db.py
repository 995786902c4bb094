#!/usr/bin/env python3
import os
import sys
from urllib.parse import urlparse

import psycopg

url = os.environ.get("DATABASE_URL", "")
u = urlparse(url)
name = u.path.lstrip("/")
if u.hostname not in {"localhost", "127.0.0.1", "db"} or not name.endswith(("_dev", "_test")):
    sys.exit(f"refusing to reset {u.hostname}/{name}: not a local dev/test database")
if input(f"type the database name to reset it ({name}): ").strip() != name:
    sys.exit("aborted")
with psycopg.connect(url, autocommit=True) as conn:
    conn.execute("drop schema public cascade")
    conn.execute("create schema public")
print(f"reset {name}")
