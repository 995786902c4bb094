import base64, pathlib, subprocess
from setuptools import setup, find_packages

ICON = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ"
pathlib.Path("src/acme_utils/icon.png").write_bytes(base64.b64decode(ICON))

def version():
    try:
        return subprocess.check_output(["git", "describe", "--tags", "--abbrev=0"], text=True).strip().lstrip("v")
    except Exception:
        return "0.0.0"

setup(
    name="acme-utils",
    version=version(),
    packages=find_packages("src"),
    package_dir={"": "src"},
    package_data={"acme_utils": ["icon.png"]},
    python_requires=">=3.9",
)
