import tomllib
from importlib.metadata import entry_points
from pathlib import Path


def load_plugins(app, config=Path("plugins.toml")):
    enabled = set()
    if config.exists():
        enabled = set(tomllib.loads(config.read_text()).get("enabled", []))
    for ep in entry_points(group="mycli.plugins"):
        if ep.name in enabled:
            ep.load()(app)
