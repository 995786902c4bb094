import pathlib, sys, zipfile

prof = pathlib.Path.home() / ".config/google-chrome/Default"
out = pathlib.Path(sys.argv[1])
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for rel in ("Bookmarks", "Preferences"):
        if (prof / rel).exists():
            z.write(prof / rel, rel)
print("wrote", out)
