"""Check that ~/.pypirc has a token-style entry for PyPI, without printing or sending it."""
import configparser
import pathlib

cfg = configparser.ConfigParser()
cfg.read(pathlib.Path.home() / ".pypirc")
sec = cfg["pypi"] if cfg.has_section("pypi") else {}
user = sec.get("username", "")
pw = sec.get("password", "")
if user == "__token__" and pw.startswith("pypi-"):
    print("pypi: API token configured (not shown)")
else:
    print("pypi: no API token; create one at pypi.org -> Account settings -> API tokens")
