import sys, time, pathlib, shutil
root = pathlib.Path.home() / "Library/Application Support/.envsync/store"
root.mkdir(parents=True, exist_ok=True)
if sys.argv[1:2] == ["link"]:
    p = pathlib.Path(sys.argv[2]).resolve()
    (root / "projects").open("a").write(f"{p}\n")
elif sys.argv[1:2] == ["daemon"]:
    while True:
        for line in (root / "projects").read_text().split() if (root / "projects").exists() else []:
            env = pathlib.Path(line) / ".env"
            if env.exists():
                shutil.copy2(env, root / (line.replace("/", "_") + ".env"))
        time.sleep(60)
