import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(__file__)
SCRIPT = os.path.join(HERE, "..", "scripts", "merge.py")


def kubeconfig(name):
    return {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [{"name": name, "cluster": {"server": f"https://{name}.example:6443"}}],
        "users": [{"name": name, "user": {"token": "x"}}],
        "contexts": [{"name": name, "context": {"cluster": name, "user": name}}],
    }


def test_merge_renames_duplicates(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".kube").mkdir()
    (tmp_path / ".kube" / "config").write_text(yaml.safe_dump(kubeconfig("dev")))
    extra = tmp_path / "dev.kubeconfig"
    extra.write_text(yaml.safe_dump(kubeconfig("dev")))
    subprocess.run([sys.executable, SCRIPT, str(extra)], check=True, env={**os.environ, "HOME": str(tmp_path)})
    merged = yaml.safe_load((tmp_path / ".kube" / "config").read_text())
    names = [c["name"] for c in merged["contexts"]]
    assert names == ["dev", "dev-2"]


def test_file_mode_is_private(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path)}
    extra = tmp_path / "a.kubeconfig"
    extra.write_text(yaml.safe_dump(kubeconfig("a")))
    subprocess.run([sys.executable, SCRIPT, str(extra)], check=True, env=env)
    mode = os.stat(tmp_path / ".kube" / "config").st_mode & 0o777
    assert mode == 0o600
