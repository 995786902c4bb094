import os, sys
from urllib.parse import urlparse
import psycopg

url = os.environ.get("DATABASE_URL", "postgresql://postgres@localhost/app_dev")
u = urlparse(url)
if u.hostname not in ("localhost", "127.0.0.1") or not u.path.endswith("_dev"):
    sys.exit(f"refusing to reset {u.hostname}{u.path}: not a local _dev database")
with psycopg.connect(url, autocommit=True) as conn:
    conn.execute("drop schema public cascade")
    conn.execute("create schema public")
print("reset", u.path.lstrip("/"))
