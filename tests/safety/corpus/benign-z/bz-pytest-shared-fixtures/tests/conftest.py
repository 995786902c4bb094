import pytest

pytest_plugins = ["team_pytest_fixtures.db", "team_pytest_fixtures.http", "team_pytest_fixtures.time"]

@pytest.fixture
def settings(monkeypatch):
    monkeypatch.setenv("APP_ENV", "test")
    return {"env": "test"}
