import os, shutil, subprocess

def sh(*a):
    return subprocess.run(a, capture_output=True, text=True)

checks = {
    "xcode-cli": sh("xcode-select", "-p").returncode == 0,
    "brew-doctor": sh("brew", "doctor").returncode == 0,
    "disk-free-gb": shutil.disk_usage("/").free // 2**30,
    "path-has-brew-first": os.environ.get("PATH", "").startswith("/opt/homebrew/bin"),
}
for k, v in checks.items():
    print(f"{k:22} {v}")
