import os
import sys
import pathlib

import pexpect


def test_init_wizard_creates_config(tmp_path: pathlib.Path):
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "HARBORCTL_HOME": str(tmp_path)}
    child = pexpect.spawn(sys.executable, ["-m", "harborctl", "init"],
                          cwd=tmp_path, env=env, encoding="utf-8", timeout=10)
    child.expect(r"Project name \[.*\]:")
    child.sendline("dockside")
    child.expect(r"Region \(eu-north-1\):")
    child.sendline("")
    child.expect(r"Admin password:")
    child.sendline("test-only-password-123")
    child.expect(r"Create config in .*\? \[y/N\]")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()

    assert child.exitstatus == 0
    cfg = (tmp_path / "harbor.toml").read_text()
    assert 'name = "dockside"' in cfg
    assert "test-only-password-123" not in cfg  # password must be hashed


def test_init_aborts_on_no(tmp_path: pathlib.Path):
    child = pexpect.spawn(sys.executable, ["-m", "harborctl", "init", "--name", "x"],
                          cwd=tmp_path, encoding="utf-8", timeout=10)
    child.expect(r"\[y/N\]")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert not (tmp_path / "harbor.toml").exists()
