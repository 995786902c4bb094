import gzip, json, pathlib, pytest

DATA = pathlib.Path(__file__).parent / "tests" / "data"

@pytest.fixture(scope="session")
def orders():
    with gzip.open(DATA / "orders.json.gz", "rt") as f:
        return json.load(f)
