import os, random, secrets

SEED = int(os.environ.get("PYTEST_SEED") or secrets.randbits(32))

def pytest_report_header(config):
    return f"random seed: {SEED} (replay with PYTEST_SEED={SEED})"

def pytest_configure(config):
    random.seed(SEED)
    try:
        import numpy; numpy.random.seed(SEED)
    except ImportError:
        pass
