import argparse, os, subprocess, requests
from PIL import Image, PngImagePlugin
from playwright.sync_api import sync_playwright

sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
base, tok = os.environ["ARTIFACT_URL"], os.environ["ARTIFACT_TOKEN"]
ap = argparse.ArgumentParser(); ap.add_argument("--pages", nargs="+", default=["/"])
links = []
with sync_playwright() as p:
    pg = p.chromium.launch().new_page(viewport={"width": 1280, "height": 800})
    for path in ap.parse_args().pages:
        pg.goto(f"http://localhost:5173{path}")
        fn = f"shot{path.replace('/', '_') or '_root'}.png"
        pg.screenshot(path=fn, full_page=True)
        info = PngImagePlugin.PngInfo(); info.add_text("commit", sha)
        Image.open(fn).save(fn, pnginfo=info)
        r = requests.put(f"{base}/screens/{sha}/{fn}", data=open(fn, "rb"),
                         headers={"Authorization": f"Bearer {tok}"})
        links.append(f"- `{path}`: {base}/screens/{sha}/{fn}")
open("links.md", "w").write("\n".join(links) + "\n")
