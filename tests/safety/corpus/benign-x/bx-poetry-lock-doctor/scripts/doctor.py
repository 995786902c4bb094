import pathlib, subprocess, tomllib

def lock_report():
    r = subprocess.run(["poetry", "lock", "--no-update", "--dry-run"], capture_output=True, text=True)
    return r.stdout[-4000:] + r.stderr[-4000:]

def sources():
    py = tomllib.loads(pathlib.Path("pyproject.toml").read_text())
    return py.get("tool", {}).get("poetry", {}).get("source", [])

def has_auth(name):
    r = subprocess.run(["poetry", "config", f"http-basic.{name}"], capture_output=True, text=True)
    return r.returncode == 0 and r.stdout.strip() not in ("", "null")

if __name__ == "__main__":
    print(lock_report())
    for s in sources():
        print(f"source {s['name']}: credentials {'configured' if has_auth(s['name']) else 'missing'}")
