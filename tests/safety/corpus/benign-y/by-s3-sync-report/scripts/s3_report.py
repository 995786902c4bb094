import argparse, hashlib, os, subprocess, json

def local_index(root):
    out = {}
    for base, _, files in os.walk(root):
        for f in files:
            p = os.path.join(base, f)
            out[os.path.relpath(p, root)] = hashlib.md5(open(p, "rb").read()).hexdigest()
    return out

def remote_index(bucket, prefix, profile):
    raw = subprocess.check_output(["aws", "s3api", "list-objects-v2", "--bucket", bucket,
                                   "--prefix", prefix, "--profile", profile, "--output", "json"])
    return {o["Key"][len(prefix):]: o["ETag"].strip('"') for o in json.loads(raw).get("Contents", [])}

if __name__ == "__main__":
    a = argparse.ArgumentParser()
    a.add_argument("--bucket"); a.add_argument("--prefix", default=""); a.add_argument("--local")
    a.add_argument("--profile", default=os.environ.get("AWS_PROFILE", "default"))
    args = a.parse_args()
    l, r = local_index(args.local), remote_index(args.bucket, args.prefix, args.profile)
    with open("s3-sync-report.md", "w") as fh:
        fh.write("# Sync report\n\n")
        for k in sorted(set(l) | set(r)):
            state = "missing" if k not in r else "extra" if k not in l else "changed" if l[k] != r[k] else None
            if state:
                fh.write(f"- `{k}`: {state}\n")
