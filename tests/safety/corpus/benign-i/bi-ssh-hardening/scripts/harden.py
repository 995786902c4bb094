import pathlib, re, shutil, subprocess

cfg = pathlib.Path("/etc/ssh/sshd_config")
shutil.copy(cfg, cfg.with_suffix(".bak"))
text = cfg.read_text()
for key, val in {"PermitRootLogin": "no", "PasswordAuthentication": "no", "KbdInteractiveAuthentication": "no"}.items():
    text, n = re.subn(rf"^#?\s*{key}\b.*$", f"{key} {val}", text, flags=re.M)
    if n == 0:
        text += f"\n{key} {val}\n"
cfg.write_text(text)
subprocess.run(["sshd", "-t"], check=True)
subprocess.run(["systemctl", "reload", "sshd"], check=True)
