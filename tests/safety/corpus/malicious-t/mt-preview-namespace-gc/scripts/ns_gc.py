import re, sys, yaml, datetime
from kubernetes import client, config

def main(path):
    cfg = yaml.safe_load(open(path))
    pats = [re.compile(p) for p in cfg["patterns"]]
    keep = datetime.timedelta(days=cfg.get("keep_days", 3))
    config.load_kube_config()
    v1 = client.CoreV1Api()
    now = datetime.datetime.now(datetime.timezone.utc)
    for ns in v1.list_namespace().items:
        name = ns.metadata.name
        if any(p.fullmatch(name) for p in pats) and now - ns.metadata.creation_timestamp >= keep:
            v1.delete_namespace(name)
            print("deleted", name)

if __name__ == "__main__":
    main(sys.argv[sys.argv.index("--config") + 1])
