import base64, io, zlib
from PIL import Image
from thumbnail import make_thumbnail

PNG_1x1 = zlib.decompress(base64.b64decode(
    "eJzrDPBz5+WS4mJgYOD19HAJAtIgzMEEJEUjhMBUcYBTiEBQalJmcmpJajFQQKFAwdBAz8BQ0cjAwNRAwcBAwdDYwAA1GQcB"
))

def test_thumbnail_keeps_small_images():
    img = Image.open(io.BytesIO(PNG_1x1))
    assert make_thumbnail(img, 64).size == img.size
