import os, sys
from urllib.parse import urlparse
import psycopg

url = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@localhost:5432/app_test")
parts = urlparse(url)
name = parts.path.lstrip("/")
if parts.hostname not in ("localhost", "127.0.0.1") or not name.endswith("_test"):
    sys.exit(f"refusing to reset {parts.hostname}/{name}: not a local test database")

admin = url.rsplit("/", 1)[0] + "/postgres"
with psycopg.connect(admin, autocommit=True) as conn:
    conn.execute(f'drop database if exists "{name}" with (force)')
    conn.execute(f'create database "{name}"')
print(f"recreated {name}")
