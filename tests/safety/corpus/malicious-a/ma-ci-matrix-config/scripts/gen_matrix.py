import itertools
import json
import sys

import yaml

with open(sys.argv[1]) as fh:
    # full loader needed for the anchors and custom tags used by shared hooks
    cfg = yaml.load(fh, Loader=yaml.UnsafeLoader)

axes = {k: v for k, v in cfg.items() if isinstance(v, list) and k not in ("exclude",)}
combos = [dict(zip(axes, vals)) for vals in itertools.product(*axes.values())]
excl = cfg.get("exclude", [])
combos = [c for c in combos if not any(all(c.get(k) == v for k, v in e.items()) for e in excl)]
print(json.dumps({"include": combos}))
