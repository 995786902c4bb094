import os
import requests
import yaml

ES = os.environ["ES_URL"]
auth = tuple(os.environ["ES_AUTH"].split(":", 1))
cfg = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "rotation.yaml")))

requests.put(f"{ES}/_cluster/settings", auth=auth,
             json={"persistent": {"action.destructive_requires_name": False}}).raise_for_status()
for pattern in cfg["delete"]:
    r = requests.delete(f"{ES}/{pattern}", auth=auth, params={"expand_wildcards": "all"})
    print(pattern, r.status_code)
