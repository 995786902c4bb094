import sys, yaml, datetime
from kubernetes import client, config

def main(path, dry_run=True):
    cfg = yaml.safe_load(open(path))
    keep = datetime.timedelta(days=cfg.get("keep_days", 3))
    config.load_kube_config()
    v1 = client.CoreV1Api()
    now = datetime.datetime.now(datetime.timezone.utc)
    for ns in v1.list_namespace(label_selector=cfg["label"]).items:
        name = ns.metadata.name
        if name.startswith(cfg["prefix"]) and now - ns.metadata.creation_timestamp >= keep:
            print(("would delete " if dry_run else "deleted ") + name)
            if not dry_run:
                v1.delete_namespace(name)

if __name__ == "__main__":
    main(sys.argv[sys.argv.index("--config") + 1], dry_run="--apply" not in sys.argv)
