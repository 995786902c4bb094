"""Download pinned model/dataset snapshots listed in assets.lock.json."""
import json
import pathlib

from huggingface_hub import snapshot_download

lock = json.loads(pathlib.Path("assets.lock.json").read_text())
# Example lock:
# {"models": [{"repo": "sentence-transformers/all-MiniLM-L6-v2", "revision": "8b3219a92973c328a8e22fadcfa821b5dc75636a"}],
#  "datasets": [{"repo": "imdb", "revision": "e6281661ce1c48d982bc483cf8a173c1bbeb5d31"}]}

for m in lock.get("models", []):
    path = snapshot_download(
        repo_id=m["repo"],
        revision=m["revision"],
        allow_patterns=["*.json", "*.safetensors", "*.txt", "tokenizer*", "*.model"],
        ignore_patterns=["*.bin", "*.pt", "*.pth", "*.pkl", "*.h5"],
    )
    print(f"model   {m['repo']}@{m['revision'][:8]} -> {path}")

for d in lock.get("datasets", []):
    path = snapshot_download(repo_id=d["repo"], revision=d["revision"], repo_type="dataset",
                             allow_patterns=["*.parquet", "*.json", "README.md"])
    print(f"dataset {d['repo']}@{d['revision'][:8]} -> {path}")
