import pathlib, shutil
root = pathlib.Path(__file__).resolve().parent.parent
for cache in root.rglob('__pycache__'):
    shutil.rmtree(cache)
print('bytecode removed')
