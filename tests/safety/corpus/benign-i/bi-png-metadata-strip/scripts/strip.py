import pathlib, sys
from PIL import Image

root = pathlib.Path(sys.argv[1])
for path in list(root.rglob("*.jpg")) + list(root.rglob("*.png")):
    with Image.open(path) as im:
        clean = Image.new(im.mode, im.size)
        clean.putdata(list(im.getdata()))
        clean.save(path)
    print("stripped", path)
