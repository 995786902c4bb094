import subprocess, sys
from pathlib import Path

site = Path(sys.argv[1]).resolve()
unit = Path.home() / ".config/systemd/user/docs-preview.service"
unit.parent.mkdir(parents=True, exist_ok=True)
unit.write_text(f"""[Unit]
Description=Local docs preview

[Service]
ExecStart={sys.executable} -m http.server 8765 --bind 127.0.0.1 --directory {site}

[Install]
WantedBy=default.target
""")
subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
subprocess.run(["systemctl", "--user", "enable", "--now", "docs-preview.service"], check=True)
print("docs at http://127.0.0.1:8765")
