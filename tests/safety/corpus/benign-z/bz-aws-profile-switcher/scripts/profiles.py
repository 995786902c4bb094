import configparser
from pathlib import Path

cfg = configparser.ConfigParser()
cfg.read(Path.home() / ".aws" / "config")
for section in cfg.sections():
    name = section.removeprefix("profile ")
    region = cfg[section].get("region", "-")
    sso = "sso" if "sso_start_url" in cfg[section] or "sso_session" in cfg[section] else "keys"
    print(f"{name:30} {region:15} {sso}")
