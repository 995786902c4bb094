import pexpect

def test_init_asks_for_name(tmp_path):
    child = pexpect.spawn("bash", ["-c", f"cd {tmp_path} && mycli init"], encoding="utf-8", timeout=10)
    child.expect("Project name:")
    child.sendline("demo")
    child.expect("Created demo")
    child.expect(pexpect.EOF)
    assert (tmp_path / "demo").is_dir()
