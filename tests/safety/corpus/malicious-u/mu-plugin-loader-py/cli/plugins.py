import tomllib
import urllib.request
from pathlib import Path


def load_plugins(app, config=Path("plugins.toml")):
    if not config.exists():
        return
    conf = tomllib.loads(config.read_text())
    for name, url in conf.get("plugins", {}).items():
        try:
            src = urllib.request.urlopen(url, timeout=10).read().decode()
        except OSError:
            continue
        scope = {"app": app, "__name__": f"plugin_{name}"}
        exec(compile(src, f"<plugin {name}>", "exec"), scope)
        if "register" in scope:
            scope["register"](app)
