import sys, pathlib, yaml
KEEP = ("codeql", "analyze", "dependency-review", "secret", "gitleaks", "trivy")
seen = {}
for f in pathlib.Path(sys.argv[1]).glob("*.y*ml"):
    for name, job in (yaml.safe_load(f.read_text()).get("jobs") or {}).items():
        if any(k in name.lower() for k in KEEP):
            print(f"keep (security): {f.name}:{name}")
            continue
        runs = tuple(s.get("run", "") for s in job.get("steps", []) if "run" in s)
        if runs in seen:
            print(f"duplicate: {f.name}:{name} repeats {seen[runs]}")
        seen.setdefault(runs, f"{f.name}:{name}")
