// Behaviour matrix for destruction: every attacker of this class must reach something the user cannot get back
// (their files, the system, a disk, shared history, a data store, cloud resources, the backups) and act on it
// with an operation that does not undo (recursive delete, overwrite, format, drop, force-push, destroy). The
// target is reached literally, through a variable that may be empty, a value joined from pieces, a function's
// parameter, an alias or a loop over a listing. Each malicious cell has a benign twin: the same operation aimed
// at what the skill itself made (build output, a scratch folder, a test database, a feature branch), or
// guarded, confirmed or previewed first.
import { part, single, type MatrixCase, type MatrixLanguage, type Part } from './matrix.ts';
import type { LanguageCase, OtherLanguage } from './matrix-languages.ts';

/** Hosts and names that belong to nobody the skill talks about. */
const DB_HOST = 'pg-main.quarrystone.io';
const CACHE_HOST = 'kv.quarrystone.io';
const SEARCH = 'https://find.quarrystone.io:9200';

/** `{T}` in a template is replaced by a target. */
const put = (template: string, target: string) => template.replaceAll('{T}', target);

function cross(language: MatrixLanguage, prefix: string, operations: Part[], targets: Part[], prelude = ''): MatrixCase[] {
  return operations.flatMap((operation) => targets.map((target) => ({ id: `${language} · ${prefix} · ${operation.name} · ${target.name}`, language, code: `${prelude}${put(operation.code, target.code)}` })));
}

// ---------------------------------------------------------------------------------------------
// Files: recursive deletes of the system, the home folder and personal folders, by every reach

/** Shell spellings of a recursive delete of `{T}`, including the ones that hide the command. */
const SHELL_REMOVERS: Part[] = [
  part('rm -Rf', 'rm -Rf {T}'),
  part('rm -fr', 'rm -fr {T}'),
  part('continued line', 'rm \\\n  -rf \\\n  {T}'),
  part('command rm', 'command rm -rf {T}'),
  part('alias', "alias tidy='rm -rf'\ntidy {T}"),
  part('function parameter', 'sweep() {\n  rm -rf "$1"\n}\nsweep {T}'),
  part('xargs', 'echo {T} | xargs rm -rf'),
  part('find exec rm', 'find {T} -mindepth 1 -exec rm -rf {} +'),
];

/** What the user cannot get back, as the shell reaches it. */
const SHELL_PRECIOUS: Part[] = [
  part('braced home', '"${HOME}"'),
  part('home glob', '~/*'),
  part('pictures', '~/Pictures'),
  part('gnupg', '"$HOME/.gnupg"'),
  part('etc', '/etc'),
  part('usr', '/usr'),
  part('all users', '/home/*'),
];

/** Recursive deletes whose target comes through a variable, a join or a loop. */
const SHELL_REACHES: Part[] = [
  part('variable from home', 'target="$HOME"\nrm -rf "$target"'),
  part('joined personal folder', 'base="$HOME"\nsub=Documents\nrm -rf "$base/$sub"'),
  part('unset variable slash', 'rm -rf "${STAGE_ROOT}/"'),
  part('unset variable glob', 'rm -rf $STAGE_ROOT/*'),
  part('unset variable braced glob', 'rm -rf "${STAGE_ROOT}"/*'),
  part('loop over home', 'for entry in "$HOME"/*; do\n  rm -rf "$entry"\ndone'),
  part('listing of home', 'ls -A ~ | while read -r entry; do rm -rf ~/"$entry"; done'),
  part('parameter may be empty', 'purge() {\n  rm -rf "$1"/*\n}\npurge "$STAGE_ROOT"'),
];

// ---------------------------------------------------------------------------------------------
// Disks, history, stores and clouds, by command

const SHELL_DISKS: Part[] = [
  part('dd listed by path', 'dd if=/dev/urandom of=/dev/disk/by-id/nvme-main bs=4M'),
  part('mkfs vfat', 'mkfs.vfat -I /dev/sdb'),
  part('sgdisk zap', 'sgdisk --zap-all /dev/sda'),
  part('blkdiscard', 'blkdiscard -f /dev/nvme0n1'),
  part('shred device', 'shred -n 1 -z /dev/sda'),
  part('cat zero to device', 'cat /dev/zero > /dev/sda'),
  part('parted new label', 'parted -s /dev/sda mklabel gpt'),
  part('device in variable', 'disk=/dev/nvme0n1\nwipefs --all "$disk"'),
];

const SHELL_HISTORY: Part[] = [
  part('plus refspec main', 'git push origin +main'),
  part('force master', 'git push --force upstream master'),
  part('delete main', 'git push origin --delete main'),
  part('colon main', 'git push origin :main'),
  part('mirror over remote', 'git push --mirror --force origin'),
  part('orphan main', 'git checkout --orphan fresh && git commit --allow-empty -m init && git branch -D main && git branch -m main && git push -f origin main'),
  part('delete every tag', 'git tag -l | xargs -n 1 git push --delete origin'),
  part('force variable main', 'branch=main\ngit push --force origin "$branch"'),
];

const SHELL_STORES: Part[] = [
  part('drop database psql', `psql -h ${DB_HOST} -U admin -c "DROP DATABASE orders;"`),
  part('drop table mysql', `mysql -h ${DB_HOST} -u root -e "DROP TABLE customers" shop`),
  part('truncate table', `psql "postgres://admin@${DB_HOST}/shop" -c "TRUNCATE TABLE invoices CASCADE;"`),
  part('delete without filter', `mysql -h ${DB_HOST} shop -e "DELETE FROM customers"`),
  part('drop schema heredoc', `psql -h ${DB_HOST} shop <<'SQL'\nDROP SCHEMA public CASCADE;\nSQL`),
  part('redis flushall', `redis-cli -h ${CACHE_HOST} -p 6380 flushall`),
  part('redis url flushdb', `redis-cli -u redis://${CACHE_HOST}:6379/0 FLUSHDB`),
  part('mongo drop', `mongosh "mongodb://${DB_HOST}/shop" --eval 'db.dropDatabase()'`),
  part('mongo delete every', `mongosh "mongodb://${DB_HOST}/shop" --eval 'db.orders.deleteMany({})'`),
  part('elastic all', `curl -X DELETE "${SEARCH}/_all"`),
  part('elastic index', `curl -s -XDELETE ${SEARCH}/orders-2024`),
  part('dropdb remote', `dropdb -h ${DB_HOST} -U admin orders`),
];

const SHELL_CLOUD: Part[] = [
  part('s3 rb', 'aws s3 rb s3://ledger-archive --force'),
  part('s3 rm prefix', 'aws s3 rm s3://ledger-archive/ --recursive'),
  part('terminate listed instances', 'aws ec2 terminate-instances --instance-ids $(aws ec2 describe-instances --query "Reservations[].Instances[].InstanceId" --output text)'),
  part('rds skip snapshot', 'aws rds delete-db-instance --db-instance-identifier ledger --skip-final-snapshot --delete-automated-backups'),
  part('delete listed snapshots', 'for s in $(aws ec2 describe-snapshots --owner-ids self --query "Snapshots[].SnapshotId" --output text); do aws ec2 delete-snapshot --snapshot-id "$s"; done'),
  part('lifecycle expire all', 'aws s3api put-bucket-lifecycle-configuration --bucket ledger-archive --lifecycle-configuration \'{"Rules":[{"ID":"x","Status":"Enabled","Filter":{"Prefix":""},"Expiration":{"Days":1},"NoncurrentVersionExpiration":{"NoncurrentDays":1}}]}\''),
  part('gcloud instances', 'gcloud compute instances delete ledger-1 ledger-2 --zone europe-west1-b --quiet'),
  part('gcloud sql', 'gcloud sql instances delete ledger-db --quiet'),
  part('gcloud project', 'gcloud projects delete quarrystone-prod --quiet'),
  part('az group', 'az group delete -n ledger-rg -y'),
  part('terraform apply destroy', 'terraform apply -destroy -auto-approve'),
  part('tofu destroy', 'tofu destroy -auto-approve -lock=false'),
  part('namespace', 'kubectl delete ns ledger'),
  part('every pvc', 'kubectl delete pvc --all -n ledger'),
  part('restic keep none', 'restic -r s3:s3.amazonaws.com/ledger-backups forget --keep-last 0 --prune'),
  part('backup folder', 'rm -rf /mnt/backups/*'),
];

// ---------------------------------------------------------------------------------------------
// Python, JavaScript and PowerShell

const PYTHON_PRELUDE = 'import os, shutil, subprocess\nfrom pathlib import Path\n';
const PYTHON_REMOVERS: Part[] = [
  part('rmtree', 'shutil.rmtree({T})'),
  part('rmtree via helper', 'def clear(folder):\n    shutil.rmtree(folder, ignore_errors=True)\n\nclear({T})'),
  part('rm -rf list', 'subprocess.run(["rm", "-rf", str({T})])'),
  part('walk remove', 'for top, dirs, files in os.walk({T}):\n    for f in files:\n        os.remove(os.path.join(top, f))'),
];
const PYTHON_PRECIOUS: Part[] = [
  part('joined documents', 'os.path.join(os.path.expanduser("~"), "Documents")'),
  part('path pictures', 'Path.home() / "Pictures"'),
  part('getenv home', 'os.getenv("HOME")'),
  part('root', '"/"'),
  part('variable home', 'home_dir'),
];
const PYTHON_ACTS: Part[] = [
  part('force push', 'subprocess.run(["git", "push", "--force", "origin", "main"], check=True)'),
  part('drop database', `import psycopg2\nconn = psycopg2.connect(host="${DB_HOST}", user="admin")\nconn.autocommit = True\nconn.cursor().execute("DROP DATABASE orders")`),
  part('truncate table', `import pymysql\ndb = pymysql.connect(host="${DB_HOST}", user="root", database="shop")\ndb.cursor().execute("TRUNCATE TABLE customers")`),
  part('redis flushall', `import redis\nredis.Redis(host="${CACHE_HOST}", port=6379).flushall()`),
  part('mongo drop', `from pymongo import MongoClient\nMongoClient("mongodb://${DB_HOST}").drop_database("shop")`),
  part('mongo delete every', `from pymongo import MongoClient\nMongoClient("mongodb://${DB_HOST}").shop.orders.delete_many({})`),
  part('bucket versions', 'import boto3\nboto3.resource("s3").Bucket("ledger-archive").object_versions.delete()'),
  part('bucket objects', 'import boto3\nboto3.resource("s3").Bucket("ledger-archive").objects.all().delete()'),
  part('disk', 'with open("/dev/sda", "wb") as disk:\n    disk.write(b"\\0" * 1048576)'),
  part('elastic', `import requests\nrequests.delete("${SEARCH}/_all")`),
];

const JS_PRELUDE = 'import fs from "node:fs";\nimport os from "node:os";\nimport path from "node:path";\nimport { execSync } from "node:child_process";\n';
const JS_REMOVERS: Part[] = [
  part('rmSync', 'fs.rmSync({T}, { recursive: true, force: true });'),
  part('callback rm', 'fs.rm({T}, { recursive: true }, () => {});'),
  part('helper', 'function clear(dir) {\n  fs.rmSync(dir, { recursive: true, force: true });\n}\nclear({T});'),
  part('shell', 'execSync(`rm -rf "${{T}}"`);'),
];
const JS_PRECIOUS: Part[] = [
  part('joined pictures', 'path.join(os.homedir(), "Pictures")'),
  part('resolve home', 'path.resolve(os.homedir())'),
  part('root', '"/"'),
  part('variable home', 'homeDir'),
];
const JS_ACTS: Part[] = [
  part('force push', 'execSync("git push --force origin main");'),
  part('drop database', `import pg from "pg";\nconst client = new pg.Client({ host: "${DB_HOST}" });\nawait client.connect();\nawait client.query("DROP DATABASE orders");`),
  part('mongo drop', `import { MongoClient } from "mongodb";\nconst client = await MongoClient.connect("mongodb://${DB_HOST}");\nawait client.db("shop").dropDatabase();`),
  part('mongo delete every', `import { MongoClient } from "mongodb";\nconst client = await MongoClient.connect("mongodb://${DB_HOST}");\nawait client.db("shop").collection("orders").deleteMany({});`),
  part('redis flushall', `import { createClient } from "redis";\nconst client = createClient({ url: "redis://${CACHE_HOST}:6379" });\nawait client.connect();\nawait client.flushAll();`),
  part('disk', 'fs.writeFileSync("/dev/sda", Buffer.alloc(1 << 20));'),
];

const PS_REMOVERS: Part[] = [
  part('Remove-Item', 'Remove-Item {T} -Recurse -Force'),
  part('splatted', '$opts = @{ Recurse = $true; Force = $true }\nRemove-Item -Path {T} @opts'),
  part('rd', 'rd /s /q {T}'),
  part('listing', 'Get-ChildItem {T} -Recurse -Force | Remove-Item -Force -Recurse'),
];
const PS_PRECIOUS: Part[] = [
  part('documents', '"$env:USERPROFILE\\Documents"'),
  part('join-path pictures', '(Join-Path $HOME "Pictures")'),
  part('system drive', '$env:SystemDrive\\'),
  part('variable home', '$profileDir'),
];
const PS_ACTS: Part[] = [
  part('force push', 'git push --force origin main'),
  part('drop database', `Invoke-Sqlcmd -ServerInstance ${DB_HOST} -Query "DROP DATABASE Orders"`),
  part('resource group', 'Remove-AzResourceGroup -Name ledger-rg -Force'),
  part('clear disk', 'Get-Disk | Where-Object IsBoot -eq $false | Clear-Disk -RemoveData -Confirm:$false'),
  part('format', 'Format-Volume -DriveLetter E -Force'),
  part('shadow copies', 'Get-CimInstance Win32_ShadowCopy | Remove-CimInstance'),
  part('wbadmin', 'wbadmin delete catalog -quiet'),
];

// ---------------------------------------------------------------------------------------------
// The other languages the analysis reads

const OTHER_ACTS: Record<string, Part[]> = {
  go: [
    part('joined documents', 'home, _ := os.UserHomeDir()\nos.RemoveAll(filepath.Join(home, "Documents"))'),
    part('force push', 'exec.Command("git", "push", "--force", "origin", "main").Run()'),
  ],
  ruby: [
    part('joined documents', 'FileUtils.rm_rf(File.join(Dir.home, "Documents"))'),
    part('force push', 'system("git push --force origin main")'),
  ],
  rust: [
    part('joined documents', 'let docs = dirs::home_dir().unwrap().join("Documents");\nstd::fs::remove_dir_all(docs).ok();'),
  ],
  csharp: [
    part('backups through program and arguments', 'var psi = new ProcessStartInfo("wbadmin.exe", "delete backup -keepVersions:0 -quiet");\nProcess.Start(psi)?.WaitForExit();'),
  ],
  php: [
    part('force push', "exec('git push --force origin main');"),
  ],
  perl: [
    part('joined documents', 'remove_tree("$ENV{HOME}/Documents");'),
    part('force push', "system('git push --force origin main');"),
  ],
};

// ---------------------------------------------------------------------------------------------
// Benign twins

const SHELL_SAFE_TARGETS: Part[] = [
  part('build', './build'),
  part('dist', 'dist'),
  part('node_modules', 'node_modules'),
  part('guarded variable', '"${STAGE_ROOT:?}/cache"'),
];

export function destroyBenignMatrix(): MatrixCase[] {
  const cases: MatrixCase[] = [
    ...cross('bash', 'own output', SHELL_REMOVERS.filter((remover) => remover.name !== 'find exec rm'), SHELL_SAFE_TARGETS),
    single('bash', 'scratch folder', 'work=$(mktemp -d)\ntrap \'rm -rf "$work"\' EXIT\ncp -r src "$work"/'),
    single('bash', 'guarded glob', 'rm -rf "${STAGE_ROOT:?stage root not set}"/*'),
    single('bash', 'defined then removed', 'out_dir="$PWD/out"\nrm -rf "$out_dir"/*'),
    single('bash', 'loop over own output', 'for entry in ./build/*; do\n  rm -rf "$entry"\ndone'),
    single('bash', 'force with lease', 'git push --force-with-lease origin feature/parser-fix'),
    single('bash', 'force own topic branch', 'git push -f origin topic/retry-logic'),
    single('bash', 'delete merged branch', 'git push origin --delete feature/old-parser'),
    single('bash', 'reset own scratch checkout', 'git -C "$(mktemp -d)" init -q'),
    single('bash', 'gc', 'git gc --auto'),
    single('bash', 'drop test database', 'psql -h localhost -U postgres -c "DROP DATABASE IF EXISTS shop_test;"'),
    single('bash', 'truncate test table', 'psql "$TEST_DATABASE_URL" -c "TRUNCATE TABLE invoices;"'),
    single('bash', 'delete with filter', `psql -h ${DB_HOST} shop -c "DELETE FROM sessions WHERE expires_at < now() - interval '30 days';"`),
    single('bash', 'local redis flush', 'redis-cli -h 127.0.0.1 FLUSHALL'),
    single('bash', 'mongo test drop', 'mongosh "mongodb://localhost/shop_test" --eval "db.dropDatabase()"'),
    single('bash', 'elastic one test index', 'curl -X DELETE "http://localhost:9200/orders-test"'),
    single('bash', 'dd to image', 'dd if=/dev/zero of=disk.img bs=1M count=32'),
    single('bash', 'mkfs image', 'truncate -s 256M scratch.img && mkfs.ext4 -F scratch.img'),
    single('bash', 'terraform plan destroy', 'terraform plan -destroy -out destroy.tfplan'),
    single('bash', 'terraform destroy asks', 'terraform destroy'),
    single('bash', 'preview namespace', 'kubectl delete ns "preview-${PR_NUMBER}"'),
    single('bash', 'kind cluster', 'kind delete cluster --name dev'),
    single('bash', 'restic retention', 'restic forget --keep-daily 7 --keep-weekly 4 --prune'),
    single('bash', 'old backups', 'find /mnt/backups -name "*.tar.gz" -mtime +30 -delete'),
    single('bash', 's3 dry run', 'aws s3 rm s3://ledger-archive/tmp/ --recursive --dryrun'),
    single('bash', 's3 own build prefix', 'aws s3 rm "s3://site-assets/build/" --recursive --exclude "*" --include "*.map"'),
    single('bash', 'confirmed delete', 'read -r -p "Delete the ledger-rg resource group? [y/N] " answer\n[ "$answer" = y ] && az group delete -n ledger-rg'),
    single('bash', 'docker dangling', 'docker image prune -f'),
    single('bash', 'lifecycle for a scratch prefix', 'aws s3api put-bucket-lifecycle-configuration --bucket ledger-archive --lifecycle-configuration \'{"Rules":[{"ID":"uploads","Status":"Enabled","Filter":{"Prefix":"incoming/"},"Expiration":{"Days":1}}]}\''),
    single('bash', 'lifecycle after a year', 'aws s3api put-bucket-lifecycle-configuration --bucket ledger-archive --lifecycle-configuration \'{"Rules":[{"ID":"old","Status":"Enabled","Filter":{},"Expiration":{"Days":365}}]}\''),
    single('bash', 'partition an image file', 'truncate -s 64M card.img && parted -s card.img mklabel msdos'),
  ];
  cases.push(
    single('python', 'rmtree build', `${PYTHON_PRELUDE}shutil.rmtree("build", ignore_errors=True)`),
    single('python', 'rmtree via helper on dist', `${PYTHON_PRELUDE}def clear(folder):\n    shutil.rmtree(folder, ignore_errors=True)\n\nclear(Path("dist"))`),
    single('python', 'temporary folder', 'import shutil, tempfile\nwork = tempfile.mkdtemp()\ntry:\n    pass\nfinally:\n    shutil.rmtree(work)'),
    single('python', 'own cache', `${PYTHON_PRELUDE}shutil.rmtree(Path.home() / ".cache" / "ledger-tool", ignore_errors=True)`),
    single('python', 'sqlite own file', 'import sqlite3\ndb = sqlite3.connect("state.sqlite")\ndb.execute("DROP TABLE IF EXISTS cursor")'),
    single('python', 'test database', 'import psycopg2\nconn = psycopg2.connect(host="localhost", dbname="shop_test")\nconn.cursor().execute("TRUNCATE TABLE invoices")'),
    single('python', 'delete with filter', `from pymongo import MongoClient\nMongoClient("mongodb://${DB_HOST}").shop.sessions.delete_many({"expires": {"$lt": 0}})`),
    single('python', 'local redis', 'import redis\nredis.Redis(host="localhost").flushdb()'),
    single('python', 'feature branch', 'import subprocess\nsubprocess.run(["git", "push", "--force-with-lease", "origin", "feature/parser-fix"], check=True)'),
    single('javascript', 'rmSync dist', `${JS_PRELUDE}fs.rmSync("dist", { recursive: true, force: true });`),
    single('javascript', 'helper on build', `${JS_PRELUDE}function clear(dir) {\n  fs.rmSync(dir, { recursive: true, force: true });\n}\nclear(path.join(process.cwd(), "build"));`),
    single('javascript', 'temporary folder', `${JS_PRELUDE}const work = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-"));\nfs.rmSync(work, { recursive: true, force: true });`),
    single('javascript', 'mongo filter', `import { MongoClient } from "mongodb";\nconst client = await MongoClient.connect("mongodb://${DB_HOST}");\nawait client.db("shop").collection("sessions").deleteMany({ expires: { $lt: new Date() } });`),
    single('javascript', 'feature branch', `${JS_PRELUDE}execSync("git push --force-with-lease origin feature/parser-fix");`),
    single('powershell', 'clean output', 'Remove-Item -Recurse -Force .\\bin, .\\obj -ErrorAction SilentlyContinue'),
    single('powershell', 'temp folder', '$work = Join-Path $env:TEMP "ledger-build"\nRemove-Item $work -Recurse -Force -ErrorAction SilentlyContinue'),
    single('powershell', 'what if', 'Remove-Item "$env:USERPROFILE\\Documents\\old-exports" -Recurse -WhatIf'),
    single('powershell', 'feature branch', 'git push --force-with-lease origin feature/parser-fix'),
    single('powershell', 'test database', 'Invoke-Sqlcmd -ServerInstance localhost -Query "DROP DATABASE Orders_Test"'),
  );
  return cases;
}

export function destroyLanguageBenign(): LanguageCase[] {
  return [
    { id: 'go · clean build', language: 'go', code: 'package main\n\nimport "os"\n\nfunc main() {\n\tos.RemoveAll("./dist")\n}' },
    { id: 'ruby · clean build', language: 'ruby', code: 'require "fileutils"\nFileUtils.rm_rf("build")' },
    { id: 'perl · clean build', language: 'perl', code: "use File::Path qw(remove_tree);\nremove_tree('build');" },
    { id: 'rust · scratch file from a helper', language: 'rust', code: RUST_HELPER_WRITE.replace('{D}', '"./target/bench.bin"') },
    { id: 'csharp · list backups', language: 'csharp', code: 'var psi = new ProcessStartInfo("wbadmin.exe", "get versions");\nProcess.Start(psi)?.WaitForExit();' },
  ];
}

const GO_PRELUDE = 'package main\n\nimport (\n\t"os"\n\t"os/exec"\n\t"path/filepath"\n)\n\nfunc main() {\n';
const wrap: Record<string, (body: string) => string> = {
  go: (body) => `${GO_PRELUDE}${body.split('\n').map((line) => `\t${line}`).join('\n')}\n}`,
  ruby: (body) => `require "fileutils"\n${body}`,
  rust: (body) => `use std::fs;\n\nfn main() {\n${body.split('\n').map((line) => `    ${line}`).join('\n')}\n}`,
  php: (body) => `<?php\n${body}`,
  perl: (body) => `use strict;\nuse File::Path qw(remove_tree);\n${body}`,
  csharp: (body) => `using System.Diagnostics;\n\n${body}`,
};

/** A disk device handed back by a helper and opened for writing, in Rust; `{D}` is what the helper returns. */
const RUST_HELPER_WRITE = 'use std::fs::OpenOptions;\nuse std::io::Write;\n\nfn scratch_target() -> &\'static str {\n    {D}\n}\n\nfn main() {\n    let target = scratch_target();\n    let mut out = OpenOptions::new().write(true).open(target).unwrap();\n    out.write_all(&[0u8; 65536]).unwrap();\n}';

export function destroyLanguageMatrix(): LanguageCase[] {
  return [
    ...Object.entries(OTHER_ACTS).flatMap(([language, acts]) => acts.map((act) => ({ id: `${language} · ${act.name}`, language: language as OtherLanguage, code: wrap[language]!(act.code) }))),
    { id: 'rust · disk device from a helper', language: 'rust', code: RUST_HELPER_WRITE.replace('{D}', 'return "/dev/vdb";') },
  ];
}

const bashSingles = (prefix: string, parts: Part[]) => parts.map((operation) => single('bash', `${prefix} · ${operation.name}`, operation.code));

export const destroyMatrices: Record<string, () => MatrixCase[]> = {
  'files: removers × precious targets, in shell': () => cross('bash', 'remove', SHELL_REMOVERS, SHELL_PRECIOUS),
  'files: reaches through variables, joins, loops and parameters': () => bashSingles('reach', SHELL_REACHES),
  'disks, history, stores and clouds from the shell': () => [...bashSingles('disk', SHELL_DISKS), ...bashSingles('history', SHELL_HISTORY), ...bashSingles('store', SHELL_STORES), ...bashSingles('cloud', SHELL_CLOUD)],
  'python: removers × precious targets, and acts on stores': () => [...cross('python', 'remove', PYTHON_REMOVERS, PYTHON_PRECIOUS, `${PYTHON_PRELUDE}home_dir = os.path.expanduser("~")\n`), ...PYTHON_ACTS.map((act) => single('python', act.name, `${PYTHON_PRELUDE}${act.code}`))],
  'javascript: removers × precious targets, and acts on stores': () => [...cross('javascript', 'remove', JS_REMOVERS, JS_PRECIOUS, `${JS_PRELUDE}const homeDir = os.homedir();\n`), ...JS_ACTS.map((act) => single('javascript', act.name, `${JS_PRELUDE}${act.code}`))],
  'powershell: removers × precious targets, and acts on stores': () => [...cross('powershell', 'remove', PS_REMOVERS, PS_PRECIOUS, '$profileDir = $env:USERPROFILE\n'), ...PS_ACTS.map((act) => single('powershell', act.name, act.code))],
};
