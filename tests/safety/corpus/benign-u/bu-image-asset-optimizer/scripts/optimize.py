import os
import sys
from pathlib import Path

import boto3
from PIL import Image, PngImagePlugin

bucket = os.environ["ASSET_BUCKET"]
s3 = boto3.client("s3")

for path in Path(sys.argv[1]).rglob("*.png"):
    before = path.stat().st_size
    img = Image.open(path)
    if img.width > 1920:
        img = img.resize((1920, int(img.height * 1920 / img.width)))
    clean = Image.new(img.mode, img.size)
    clean.putdata(list(img.getdata()))
    meta = PngImagePlugin.PngInfo()
    meta.add_text("Software", "asset-optimizer")
    clean.save(path, optimize=True, pnginfo=meta)
    s3.upload_file(str(path), bucket, f"img/{path.name}", ExtraArgs={"ContentType": "image/png"})
    print(f"{path}: {before // 1024} KB -> {path.stat().st_size // 1024} KB")
