import pathlib, sys, tomllib
import boto3

cfg = tomllib.loads(pathlib.Path("release.toml").read_text())
bucket = cfg["release"]["bucket"]
s3 = boto3.client("s3")
for f in pathlib.Path(sys.argv[1]).glob("*"):
    if f.is_file():
        key = f"releases/{cfg['release']['version']}/{f.name}"
        s3.upload_file(str(f), bucket, key)
        print("uploaded", key)
