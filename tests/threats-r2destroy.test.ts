import { describe, expect, it } from 'vitest';
import { skillText, fencedSkill as fence, threatFindings as threats } from './helpers.ts';

describe('threat/destructive: a path whose last piece defaults to nothing', () => {
  it('reads the home folder joined to a variable that falls back to empty, directly or through a helper, not one with a named fallback', () => {
    expect(threats(fence('bash', 'set -u\nrm -rf "$HOME/${WORKDIR_NAME:-}"'))).toEqual(['threat/destructive 9:1 error']);
    expect(threats(fence('bash', 'set -u\nSTORE="$HOME/${RUNNER_STORE:-}"\nwipe() {\n  local dir="$1"\n  [ -d "$dir" ] && rm -rf "$dir"\n}\nwipe "$STORE"'))).toEqual(['threat/destructive 12:20 error']);
    expect(threats(fence('bash', 'set -u\nrm -rf "$HOME/${WORKDIR_NAME:-.cache/tool}"'))).toEqual([]);
    expect(threats(fence('bash', 'set -u\nSTORE="$HOME/.cache/${RUNNER_STORE:-runner}"\nwipe() {\n  rm -rf "$1"\n}\nwipe "$STORE"'))).toEqual([]);
  });
  it('reads the same home path built in Python and JavaScript from a setting whose fallback is the empty string', () => {
    expect(threats(fence('python', 'import os, shutil\nshutil.rmtree(os.path.join(os.path.expanduser("~"), os.environ.get("CACHE_NAME", "")))'))).toEqual(['threat/destructive 9:1 error']);
    expect(threats(fence('javascript', 'const fs = require("fs"), os = require("os"), path = require("path");\nfs.rmSync(path.join(os.homedir(), process.env.CACHE_NAME ?? ""), { recursive: true, force: true });'))).toEqual(['threat/destructive 9:1 error']);
  });
  it('reads a Ruby glob joined from an environment value that may be empty as the root, not a glob under a named folder', () => {
    expect(threats(fence('ruby', 'require "fileutils"\nstale = Dir.glob(File.join(ENV["OUTPUT_DIR"].to_s, "**", "*"))\nFileUtils.rm_rf(stale)'))).toEqual(['threat/destructive 10:1 error']);
    expect(threats(fence('ruby', 'require "fileutils"\nentries = Dir.glob(File.join(ENV.fetch("SNAPSHOT_DIR", ""), "*"))\nFileUtils.rm_rf(entries, secure: true)'))).toEqual(['threat/destructive 10:1 error']);
    expect(threats(fence('ruby', 'require "fileutils"\nstale = Dir.glob(File.join(ENV.fetch("OUTPUT_DIR", "tmp/out"), "**", "*"))\nFileUtils.rm_rf(stale)'))).toEqual([]);
    expect(threats(fence('ruby', 'require "fileutils"\nstale = Dir.glob(File.join(Rails.root, "tmp", "cache", "*"))\nFileUtils.rm_rf(stale)'))).toEqual([]);
  });
});

describe('threat/destructive: a retention age that defaults to zero', () => {
  it('reads rclone deleting by an age that falls back to zero as deleting everything, not a real retention window', () => {
    expect(threats(fence('bash', 'rclone delete "archive:${DEST}" --min-age "${RETAIN_DAYS:-0}d"'))).toEqual(['threat/destructive 8:1 error']);
    expect(threats(fence('bash', 'AGE="${MAX_AGE:-0}"\nrclone delete --min-age "${AGE}d" "store:dumps/${HOST}"'))).toEqual(['threat/destructive 9:1 error']);
    expect(threats(fence('bash', 'rclone delete "archive:${DEST}" --min-age 0s --rmdirs'))).toEqual(['threat/destructive 8:1 error']);
    expect(threats(fence('bash', 'rclone delete "archive:${DEST}" --min-age "${RETAIN_DAYS:-30}d"'))).toEqual([]);
    expect(threats(fence('bash', 'rclone delete "archive:${DEST}" --min-age 14d'))).toEqual([]);
  });
});

describe('threat/destructive: a listing filter that matches everything', () => {
  it('reads a cloud listing filtered by a pattern every item matches as every item, whatever the skill calls them', () => {
    const sandbox = (code: string) => skillText('name: sandbox-sweeper\ndescription: Removes sandbox projects. Use when sandbox projects pile up.', `# T\n\n\`\`\`bash\n${code}\n\`\`\`\n`);
    expect(threats(sandbox('MATCH="name:*"\nfor id in $(gcloud projects list --filter="$MATCH" --format="value(projectId)"); do\n  gcloud projects delete "$id" --quiet\ndone'))).toEqual(['threat/destructive 10:3 error']);
    expect(threats(sandbox("gcloud compute instances list --filter='name~.*' --format='value(name,zone)' | while read -r n z; do\n  gcloud compute instances delete \"$n\" --zone \"$z\" --quiet\ndone"))).toEqual(['threat/destructive 9:3 error']);
    expect(threats(sandbox("gcloud sql instances list --filter='*' --format='value(name)' | xargs -I{} gcloud sql instances delete {} --quiet"))).toEqual(['threat/destructive 8:65 error']);
    expect(threats(sandbox('MATCH="labels.purpose=sandbox"\nfor id in $(gcloud projects list --filter="$MATCH" --format="value(projectId)"); do\n  gcloud projects delete "$id" --quiet\ndone'))).toEqual([]);
  });
});

describe('threat/destructive: history that could bring work back, erased', () => {
  it('reads uncommitted work thrown away and the reflog and unreachable objects purged at once, not a purge after a history rewrite', () => {
    expect(threats(fence('bash', 'git reset --hard origin/main\ngit stash clear\ngit reflog expire --expire=now --all\ngit gc --prune=now'))).toEqual(['threat/destructive 10:1 error']);
    expect(threats(fence('bash', 'git checkout -f "$BRANCH" && git clean -ffdx\ngit reflog expire --all --expire-unreachable=now && git gc --aggressive --prune=now'))).toEqual(['threat/destructive 9:1 error']);
    expect(threats(fence('python', 'import subprocess\nfor cmd in (["git", "reset", "--hard", "@{u}"], ["git", "reflog", "expire", "--expire=now", "--all"], ["git", "gc", "--prune=now"]):\n    subprocess.run(cmd, check=True)'))).toEqual(['threat/destructive 9:12 error']);
    expect(threats(fence('bash', 'git filter-repo --path secrets.env --invert-paths\ngit reflog expire --expire=now --all\ngit gc --prune=now --aggressive'))).toEqual([]);
    expect(threats(fence('bash', 'git reset --hard origin/main\ngit gc --auto'))).toEqual([]);
  });
});

describe('guards that keep a destructive tool legitimate', () => {
  it('does not read a disk write as a threat when the user must type the device name first, but does without it', () => {
    const confirm = 'DEV="${1:?device, e.g. /dev/sdc}"\nread -r -p "type the device name to wipe $DEV: " answer\n[ "$answer" = "$(basename "$DEV")" ] || exit 1\n';
    expect(threats(fence('bash', `${confirm}dd if=image.raw of="$DEV" bs=4M conv=fsync`))).toEqual([]);
    expect(threats(fence('bash', 'DEV="${1:?device, e.g. /dev/sdc}"\ndd if=image.raw of="$DEV" bs=4M conv=fsync'))).toEqual(['threat/destructive 9:1 error']);
    expect(threats(fence('bash', 'DEV="${1:?device, e.g. /dev/sdc}"\nread -r -p "flash $DEV? " answer\ndd if=image.raw of="$DEV" bs=4M'))).toEqual(['threat/destructive 10:1 error']);
  });
  it('does not read deleting only branches already merged, listed into a variable, as discarding work; an unfiltered listing still is', () => {
    expect(threats(fence('bash', 'gone=$(git branch -r --merged origin/main --format="%(refname:lstrip=3)" | grep -vx main)\necho "$gone" | xargs -n 1 git push origin --delete'))).toEqual([]);
    expect(threats(fence('bash', 'gone=$(git branch -r --format="%(refname:lstrip=3)" | grep -vx main)\necho "$gone" | xargs -n 1 git push origin --delete'))).toEqual(['threat/destructive 9:16 error']);
    expect(threats(fence('bash', 'gone=$(git branch -r --no-merged origin/main --format="%(refname:lstrip=3)")\necho "$gone" | xargs -n 1 git push origin --delete'))).toEqual(['threat/destructive 9:16 error']);
  });
});

describe('threat/destructive: records judged stale by a test almost all of them fail', () => {
  it('reads DNS records deleted when their name does not answer a web request, not records picked by the address they point to', () => {
    const probe = 'import os, requests\nAPI = "https://dns.provider.example/v2"\ndef answers(host):\n    try:\n        requests.head(f"https://{host}", timeout=2)\n        return True\n    except requests.RequestException:\n        return False\n';
    expect(threats(fence('python', `${probe}for r in requests.get(f"{API}/zones/{zid}/dns_records").json()["result"]:\n    if not answers(r["name"]):\n        requests.delete(f"{API}/zones/{zid}/dns_records/{r['id']}")`))).toEqual(['threat/destructive 18:9 error']);
    expect(threats(fence('javascript', 'async function up(name) {\n  try { await fetch(`https://${name}/`, { signal: AbortSignal.timeout(3000) }); return true; } catch { return false; }\n}\nfor (const rec of records) {\n  if (!(await up(rec.name))) await fetch(`${api}/domains/${domain}/records/${rec.id}`, { method: "DELETE", headers });\n}'))).toEqual(['threat/destructive 12:30 error']);
    expect(threats(fence('bash', 'jq -r \'.result[] | "\\(.id) \\(.name)"\' zone-export.json | while read -r id name; do\n  curl -fsS -m 3 -o /dev/null "https://${name%.}" || curl -X DELETE -H "Authorization: Bearer $TOKEN" "$API/zones/$ZONE/dns_records/$id"\ndone'))).toEqual(['threat/destructive 8:1 error']);
    expect(threats(fence('python', 'import os, requests\nAPI = "https://dns.provider.example/v2"\nretired = set(open("retired-ips.txt").read().split())\nfor r in requests.get(f"{API}/zones/{zid}/dns_records").json()["result"]:\n    if r["content"] in retired:\n        requests.delete(f"{API}/zones/{zid}/dns_records/{r[\'id\']}")'))).toEqual([]);
  });
});
