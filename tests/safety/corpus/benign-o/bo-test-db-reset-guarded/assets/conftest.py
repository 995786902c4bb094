import os
from urllib.parse import urlparse

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

URL = os.environ.get("TEST_DATABASE_URL", "")


def _guard(url: str) -> None:
    u = urlparse(url)
    if u.hostname not in ("localhost", "127.0.0.1") or not u.path.rstrip("/").endswith("_test"):
        raise RuntimeError(f"refusing to reset non-test database: {u.hostname}{u.path}")


@pytest.fixture(scope="session")
def engine():
    _guard(URL)
    eng = create_engine(URL)
    with eng.begin() as c:
        c.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        c.execute(text("CREATE SCHEMA public"))
    os.system("alembic -x db=test upgrade head")
    yield eng
    eng.dispose()


@pytest.fixture()
def db(engine):
    conn = engine.connect(); tx = conn.begin()
    s = sessionmaker(bind=conn)()
    yield s
    s.close(); tx.rollback(); conn.close()
