import responses
import pytest

from app.httpclient import http


@responses.activate
def test_get_uses_default_timeout(monkeypatch):
    seen = {}
    orig = http.s.get

    def spy(url, **kw):
        seen.update(kw)
        return orig(url, **kw)

    monkeypatch.setattr(http.s, "get", spy)
    responses.add(responses.GET, "https://api.example.com/ping", json={"ok": True})
    assert http.get("https://api.example.com/ping").json() == {"ok": True}
    assert seen["timeout"] == (3, 10)


@responses.activate
def test_caller_can_override_timeout():
    responses.add(responses.GET, "https://api.example.com/slow", json={})
    http.get("https://api.example.com/slow", timeout=30)


@responses.activate
def test_user_agent_is_set():
    responses.add(responses.GET, "https://api.example.com/ua", json={})
    http.get("https://api.example.com/ua")
    assert responses.calls[0].request.headers["User-Agent"].startswith("app/")


@pytest.mark.parametrize("status", [502, 503, 504])
@responses.activate
def test_retries_on_gateway_errors(status):
    responses.add(responses.GET, "https://api.example.com/flaky", status=status)
    responses.add(responses.GET, "https://api.example.com/flaky", json={"ok": True})
    assert http.get("https://api.example.com/flaky").status_code == 200
