import configparser
from pathlib import Path

creds = configparser.ConfigParser(); creds.read(Path.home() / ".aws" / "credentials")
conf = configparser.ConfigParser(); conf.read(Path.home() / ".aws" / "config")
for name in sorted(set(creds.sections()) | {s.removeprefix("profile ") for s in conf.sections()}):
    section = "default" if name == "default" else f"profile {name}"
    region = conf.get(section, "region", fallback="-")
    sso = "sso" if conf.has_option(section, "sso_start_url") or conf.has_option(section, "sso_session") else "keys" if name in creds else "-"
    print(f"{name:24} {region:14} {sso}")
