import subprocess
import sys

import pandas as pd


def test_profile_writes_table(tmp_path):
    csv = tmp_path / "d.csv"
    pd.DataFrame({"a": [1, 2, None], "b": ["x", "y", "x"]}).to_csv(csv, index=False)
    out = tmp_path / "p.html"
    subprocess.run([sys.executable, "scripts/profile.py", str(csv), "--out", str(out)], check=True)
    html = out.read_text()
    assert "<table>" in html
    assert "33.3%" in html
    assert ">b<" in html


def test_sample_limits_rows(tmp_path):
    csv = tmp_path / "big.csv"
    pd.DataFrame({"n": range(1000)}).to_csv(csv, index=False)
    out = tmp_path / "p.html"
    subprocess.run([sys.executable, "scripts/profile.py", str(csv), "--out", str(out), "--sample", "10"],
                   check=True)
    assert out.exists()
