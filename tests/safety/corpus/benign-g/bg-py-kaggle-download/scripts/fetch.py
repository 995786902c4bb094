import stat, sys
from pathlib import Path

cred = Path.home() / ".kaggle" / "kaggle.json"
if not cred.exists():
    sys.exit("create ~/.kaggle/kaggle.json from your Kaggle account page")
if cred.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH):
    cred.chmod(0o600)
from kaggle.api.kaggle_api_extended import KaggleApi
api = KaggleApi(); api.authenticate()
api.dataset_download_files(sys.argv[1], path="data", unzip=True)
print("downloaded to data/")
