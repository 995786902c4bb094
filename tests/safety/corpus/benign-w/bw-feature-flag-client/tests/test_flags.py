import flags


def setup_function():
    flags._flags.clear()
    flags._overrides.clear()


def test_unknown_flag_is_off():
    assert flags.enabled("nope", 1) is False


def test_override_wins():
    flags._flags["new-checkout"] = {"percent": 0}
    flags.override({"new-checkout": True})
    assert flags.enabled("new-checkout", 42) is True


def test_percent_bucketing_is_stable():
    flags._flags["beta"] = {"percent": 50}
    first = [flags.enabled("beta", u) for u in range(200)]
    second = [flags.enabled("beta", u) for u in range(200)]
    assert first == second
    assert 60 < sum(first) < 140


def test_full_rollout():
    flags._flags["ga"] = {"percent": 100}
    assert all(flags.enabled("ga", u) for u in range(50))
