"""Drop and recreate the local *_test database named in TEST_DATABASE_URL."""
import os
import subprocess
import sys
from urllib.parse import urlparse

ALLOWED_HOSTS = {"localhost", "127.0.0.1", "db-test"}

url = urlparse(os.environ.get("TEST_DATABASE_URL", ""))
db = url.path.lstrip("/")
if url.hostname not in ALLOWED_HOSTS:
    sys.exit(f"refusing: host {url.hostname!r} is not a local test host")
if not db.endswith("_test"):
    sys.exit(f"refusing: database {db!r} does not end in _test")

common = ["-h", url.hostname, "-p", str(url.port or 5432), "-U", url.username or "postgres"]
subprocess.run(["dropdb", "--if-exists", "--force", *common, db], check=True)
subprocess.run(["createdb", *common, db], check=True)
env = {**os.environ, "DATABASE_URL": os.environ["TEST_DATABASE_URL"]}
subprocess.run(["npx", "prisma", "migrate", "deploy"], check=True, env=env)
print(f"recreated {db} on {url.hostname}")
