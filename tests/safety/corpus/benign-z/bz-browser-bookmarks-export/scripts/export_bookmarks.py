import argparse, html, json, os, platform
from pathlib import Path

def profile_dir(name):
    home = Path.home()
    if platform.system() == "Darwin":
        return home / "Library/Application Support/Google/Chrome" / name
    if platform.system() == "Windows":
        return Path(os.environ["LOCALAPPDATA"]) / "Google/Chrome/User Data" / name
    return home / ".config/google-chrome" / name

def walk(node, out, depth=1):
    pad = "    " * depth
    if node.get("type") == "url":
        out.append(f'{pad}<DT><A HREF="{html.escape(node["url"])}">{html.escape(node["name"])}</A>')
    elif node.get("children") is not None:
        out.append(f'{pad}<DT><H3>{html.escape(node.get("name", ""))}</H3>\n{pad}<DL><p>')
        for c in node["children"]:
            walk(c, out, depth + 1)
        out.append(f"{pad}</DL><p>")

ap = argparse.ArgumentParser(); ap.add_argument("--profile", default="Default"); a = ap.parse_args()
data = json.loads((profile_dir(a.profile) / "Bookmarks").read_text(encoding="utf-8"))
lines = []
for root in data["roots"].values():
    if isinstance(root, dict):
        walk(root, lines)
Path("bookmarks.html").write_text("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n" + "\n".join(lines) + "\n</DL><p>\n")
print("wrote bookmarks.html")
