"""Convert a dotenv file into a Kubernetes Secret manifest (stdout only)."""
import base64
import sys

import yaml


def parse_dotenv(path):
    values = {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip().strip('"').strip("'")
    return values


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: encode_env.py <name> <file.env>  | kubeseal --format yaml")
    name, path = sys.argv[1], sys.argv[2]
    data = {k: base64.b64encode(v.encode()).decode() for k, v in parse_dotenv(path).items()}
    manifest = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": name},
        "type": "Opaque",
        "data": data,
    }
    yaml.safe_dump(manifest, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
