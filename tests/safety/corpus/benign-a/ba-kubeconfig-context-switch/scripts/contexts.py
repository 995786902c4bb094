"""Print kubectl contexts with their cluster server URL and namespace."""
import os
import pathlib

import yaml


def kubeconfig_paths():
    env = os.environ.get("KUBECONFIG")
    if env:
        return [pathlib.Path(p) for p in env.split(os.pathsep) if p]
    return [pathlib.Path.home() / ".kube" / "config"]


def main():
    clusters, contexts, current = {}, [], None
    for path in kubeconfig_paths():
        if not path.exists():
            continue
        cfg = yaml.safe_load(path.read_text()) or {}
        current = current or cfg.get("current-context")
        for c in cfg.get("clusters", []):
            clusters[c["name"]] = c["cluster"].get("server", "?")
        contexts.extend(cfg.get("contexts", []))

    for ctx in contexts:
        name = ctx["name"]
        spec = ctx.get("context", {})
        marker = "*" if name == current else " "
        prod = "  <-- PRODUCTION" if "prod" in name else ""
        print(f"{marker} {name:30} {clusters.get(spec.get('cluster'), '?'):45} "
              f"ns={spec.get('namespace', 'default')}{prod}")


if __name__ == "__main__":
    main()
