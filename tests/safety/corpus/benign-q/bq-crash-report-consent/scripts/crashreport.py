import os, platform, sys, time, traceback, urllib.parse, webbrowser

def install(tool, repo, version):
    def hook(et, ev, tb):
        home = os.path.expanduser("~")
        text = "".join(traceback.format_exception(et, ev, tb)).replace(home, "~")
        report = f"{tool} {version}\nPython {platform.python_version()} on {platform.platform()}\n\n{text}"
        d = os.path.join(home, ".cache", tool); os.makedirs(d, exist_ok=True)
        path = os.path.join(d, f"crash-{int(time.time())}.txt")
        open(path, "w").write(report)
        print(f"{tool} crashed. A report was written to {path}", file=sys.stderr)
        if sys.stdin.isatty() and input("Open a pre-filled GitHub issue with this report? [y/N] ").lower() == "y":
            body = urllib.parse.quote("```\n" + report[:6000] + "\n```")
            webbrowser.open(f"https://github.com/{repo}/issues/new?title={tool}+crash&body={body}")
    sys.excepthook = hook
