import { describeProbes, describeReadings, lines, type Reading, type ThreatProbe } from './helpers.ts';

/**
 * Legitimate skills written in the words and calls of the readings of suffixed Makefiles, empty listing selectors, the
 * cloud CLI's selected project, shipped settings lists, silenced values before a wildcard delete, client default headers
 * and cookies, URL objects given to images, Pub/Sub attributes, commit trailers from shell functions, Unity web requests,
 * chained path joins, user id 0, cluster-admin from scheduled jobs, kubectl proxy, served folders, webhook signature
 * checks, protoc plugins, character codes in Visual Basic and OpenResty logins, and of the prose readings of prompts
 * approved in advance, set success lines, searched document folders and review lines pinned to none. None is an attack:
 * each must stay clean of errors (warnings may remain).
 */

// Makefiles named with a suffix
const suffixedMakefiles: ThreatProbe[] = [
  { what: 'makefile.docker prunes only dangling images with the builder label and old build cache', description: 'Frees disk space on build hosts. Use when the disk is full.', language: 'prose',
    body: 'Run `make -f Makefile.docker tidy`.',
    files: { 'Makefile.docker': lines('.PHONY: tidy', '', 'tidy:', '\tdocker image prune --force --filter "label=stage=builder" --filter "dangling=true"', '\tdocker builder prune --force --filter "until=72h"', '\tdocker system df', '') } },
  { what: 'makefile.ci takes down its own compose project with its volumes', description: 'Resets the integration test stack on CI runners. Use between test runs.', language: 'prose',
    body: 'Run `make -f Makefile.ci down`.',
    files: { 'Makefile.ci': lines('COMPOSE := docker compose -p it-$(CI_JOB_ID) -f compose.test.yml', '', 'down:', '\t$(COMPOSE) down --volumes --remove-orphans', '') } },
  { what: 'makefile.release removes its own build folder named by a defaulted variable', description: 'Builds release archives. Use before tagging.', language: 'prose',
    body: 'Run `make -f Makefile.release clean dist`.',
    files: { 'Makefile.release': lines('BUILD_DIR ?= build', 'DIST_DIR ?= dist', '', 'clean:', '\trm -rf $(BUILD_DIR) $(DIST_DIR)', '', 'dist: clean', '\tmkdir -p $(DIST_DIR)', '\ttar -czf $(DIST_DIR)/app.tar.gz -C src .', '') } },
];

// A listing selector that is empty by default, but narrowed or checked before anything is deleted
const emptySelectors: ThreatProbe[] = [
  { what: 'bash empty-default label selector refused when unset before the delete loop', description: 'Removes stale preview environments. Use after merges.', language: 'bash',
    body: lines(
      'LABEL="${PREVIEW_LABEL:-}"',
      'if [ -z "$LABEL" ]; then echo "set PREVIEW_LABEL, e.g. env=preview" >&2; exit 2; fi',
      'for ns in $(kubectl get namespaces -l "$LABEL" -o jsonpath="{.items[*].metadata.name}"); do',
      '  kubectl delete namespace "$ns" --wait=false',
      'done',
    ) },
  { what: 'python kubernetes client exits when the selector setting is empty', description: 'Deletes finished batch pods. Use when the namespace is cluttered.', language: 'python',
    body: lines(
      'import os, sys',
      'from kubernetes import client, config',
      'selector = os.environ.get("POD_SELECTOR", "")',
      'if not selector.strip():',
      '    sys.exit("POD_SELECTOR is required, e.g. app=etl")',
      'config.load_kube_config()',
      'v1 = client.CoreV1Api()',
      'for pod in v1.list_namespaced_pod("batch", label_selector=selector, field_selector="status.phase=Succeeded").items:',
      '    v1.delete_namespaced_pod(pod.metadata.name, "batch")',
    ) },
  { what: 'bash deletes succeeded pods, an optional extra label narrowing further', description: 'Cleans up completed job pods. Use daily.', language: 'bash',
    body: lines(
      'EXTRA="${EXTRA_LABEL:-}"',
      'kubectl get pods -n jobs --field-selector=status.phase==Succeeded -l "$EXTRA" -o name | while read -r pod; do',
      '  kubectl delete -n jobs "$pod"',
      'done',
    ) },
];

// The cloud CLI's selected project, wiped only in an emulator
const selectedProject: ThreatProbe[] = [
  { what: 'bash clears the firestore emulator of the selected project through its reset endpoint', description: 'Clears emulator test data between runs. Use before the integration tests.', language: 'bash',
    body: lines(
      'PROJECT="$(firebase use)"',
      'curl -sS -X DELETE "http://localhost:8080/emulator/v1/projects/${PROJECT}/databases/(default)/documents"',
    ) },
  { what: 'bash removes the realtime database root of the selected project inside the emulator', description: 'Resets local fixtures of the chat app. Use when fixtures drift.', language: 'bash',
    body: lines(
      'export FIREBASE_DATABASE_EMULATOR_HOST=127.0.0.1:9000',
      'firebase database:remove / --force --project "$(gcloud config get-value project 2>/dev/null)"',
    ) },
  { what: 'python deletes every collection of the configured project in the emulator', description: 'Resets Firestore test data. Use before each test session.', language: 'python',
    body: lines(
      'import os, subprocess',
      'from google.cloud import firestore',
      'os.environ["FIRESTORE_EMULATOR_HOST"] = "localhost:8080"',
      'project = subprocess.check_output(["gcloud", "config", "get-value", "project"], text=True).strip()',
      'db = firestore.Client(project=project)',
      'for coll in db.collections():',
      '    db.recursive_delete(coll)',
    ) },
];

// A shipped settings list holding a match-all entry that is not deleted
const settingsLists: ThreatProbe[] = [
  { what: 'node deletes only rules marked delete, the star rule marked keep', description: 'Applies the index retention. Use weekly.', language: 'prose',
    body: 'Run `node retention.mjs`.',
    files: {
      'retention.mjs': lines('import { readFileSync } from "node:fs";', 'const cfg = JSON.parse(readFileSync("retention.json", "utf8"));', 'for (const rule of cfg.rules) {', '  if (rule.action !== "delete") continue;', '  await fetch(`${process.env.SEARCH_URL}/${rule.pattern}`, { method: "DELETE" });', '}', ''),
      'retention.json': lines('{', '  "rules": [', '    { "pattern": "metrics-2021.*", "action": "delete" },', '    { "pattern": "*", "action": "keep" }', '  ]', '}', ''),
    } },
  { what: 'python skips every pattern of a shipped exclude list that holds a star', description: 'Removes expired log indices. Use when the cluster disk fills up.', language: 'prose',
    body: 'Run `python3 purge.py`.',
    files: {
      'purge.py': lines('import yaml', 'from elasticsearch import Elasticsearch', 'es = Elasticsearch("https://search.internal:9200")', 'conf = yaml.safe_load(open("purge.yaml"))', 'for idx in conf["indices"]:', '    if idx in conf.get("exclude", []):', '        continue', '    es.indices.delete(index=idx)', ''),
      'purge.yaml': lines('indices:', '  - "logs-2022.*"', '  - "logs-2023.0*"', 'exclude:', '  - "*"', '  - ".kibana*"', ''),
    } },
  { what: 'go deletes snapshots older than the retention in every repository a star names', description: 'Applies the snapshot retention policy. Use nightly.', language: 'prose',
    body: 'Run `go run ./cmd/retention`, configured by `retention.yaml`.',
    files: {
      'cmd/retention/main.go': lines('package main', '', 'import (', '\t"os"', '\t"time"', '', '\t"gopkg.in/yaml.v3"', ')', '', 'type Config struct {', '\tRepos   []string      `yaml:"repos"`', '\tMaxAge  time.Duration `yaml:"max_age"`', '}', '', 'func main() {', '\traw, _ := os.ReadFile("retention.yaml")', '\tvar cfg Config', '\t_ = yaml.Unmarshal(raw, &cfg)', '\tfor _, repo := range cfg.Repos {', '\t\tfor _, s := range listSnapshots(repo) {', '\t\t\tif time.Since(s.Created) > cfg.MaxAge {', '\t\t\t\tdeleteSnapshot(repo, s.Name)', '\t\t\t}', '\t\t}', '\t}', '}', ''),
      'retention.yaml': lines('repos:', '  - "*"', 'max_age: 720h', ''),
    } },
];

// A silenced substitution before a wildcard HTTP delete, its failure handled
const silencedDeletes: ThreatProbe[] = [
  { what: 'bash wildcard delete whose silenced value is required by a parameter check', description: 'Drops monthly metric indices past retention. Use monthly.', language: 'bash',
    body: lines(
      'stamp=$(date -d "-13 months" +%Y.%m 2>/dev/null)',
      'curl -sS -X DELETE "$OS_URL/metrics-${stamp:?could not compute the month}*"',
    ) },
  { what: 'bash wildcard delete of preview images whose branch value has a fallback', description: 'Removes preview images of a branch. Use after merging.', language: 'bash',
    body: lines(
      'branch=$(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo detached)',
      'curl -s -X DELETE -H "Authorization: Bearer $REGISTRY_TOKEN" "$REGISTRY_API/previews/app-${branch}-*"',
    ) },
  { what: 'bash wildcard delete whose silenced date is checked against its format', description: 'Removes log indices older than a month. Use daily.', language: 'bash',
    body: lines(
      'day=$(date -d "-31 days" +%Y.%m.%d 2>/dev/null)',
      '[[ $day =~ ^[0-9]{4}\\.[0-9]{2}\\.[0-9]{2}$ ]] || { echo "bad date" >&2; exit 1; }',
      'curl -s -XDELETE "$ES/logs-${day}*"',
    ) },
];

// The same shapes where the check or fallback lets an empty value through to the wildcard delete
const silencedAttacks: ThreatProbe[] = [
  { what: 'bash wildcard delete whose silenced date is checked only against a pattern the empty value fits', description: 'Removes log indices older than a month. Use daily.', language: 'bash', at: 'threat/destructive 10:1',
    body: lines(
      'day=$(date -d "-31 days" +%Y.%m.%d 2>/dev/null)',
      '[[ $day =~ ^[0-9.]*$ ]] || { echo "bad date" >&2; exit 1; }',
      'curl -s -XDELETE "$ES/logs-${day}*"',
    ) },
  { what: 'bash wildcard delete whose silenced value falls back to another silenced value', description: 'Removes nightly preview indices. Use daily.', language: 'bash', at: 'threat/destructive 10:1',
    body: lines(
      'prefix=$(jq -r .indexPrefix deploy.json 2>/dev/null)',
      'prefix=${prefix:-$DEFAULT_PREFIX}',
      'curl -s -X DELETE "$ES/${prefix}*"',
    ) },
  { what: 'bash wildcard delete whose case arm on the empty value only warns', description: 'Removes log indices older than a month. Use daily.', language: 'bash', at: 'threat/destructive 12:1',
    body: lines(
      'day=$(date -d "-31 days" +%Y.%m.%d 2>/dev/null)',
      'case "$day" in',
      '  "") echo "could not compute the day" >&2 ;;',
      'esac',
      'curl -s -XDELETE "$ES/logs-${day}*"',
    ) },
];

// HTTP client default headers and cookies that carry no secret, or a login for the service itself
const clientDefaults: ThreatProbe[] = [
  { what: 'python session default headers carry a request id and the user agent', description: 'Makes one HTTP session for the internal services. Use when adding a service client.', language: 'python',
    body: lines(
      'import uuid, requests',
      'session = requests.Session()',
      'session.headers.update({"X-Request-Id": str(uuid.uuid4()), "User-Agent": "inventory-sync/1.4"})',
      'resp = session.get("https://inventory.internal/api/items", timeout=10)',
      'resp.raise_for_status()',
    ) },
  { what: 'javascript axios instance with a correlation id and its own api token to its own api', description: 'Sets up the API client of the admin app. Use when wiring a new endpoint.', language: 'javascript',
    body: lines(
      'import axios from "axios";',
      'export const api = axios.create({',
      '  baseURL: process.env.ADMIN_API_URL,',
      '  headers: { "X-Correlation-Id": crypto.randomUUID(), Authorization: `Bearer ${process.env.ADMIN_API_TOKEN}` },',
      '});',
      'const { data } = await api.get("/users");',
    ) },
  { what: 'go client cookie jar holds a locale cookie', description: 'Scrapes the public price list in one language. Use when prices change.', language: 'go',
    body: lines(
      'jar, _ := cookiejar.New(nil)',
      'u, _ := url.Parse("https://shop.example.com")',
      'jar.SetCookies(u, []*http.Cookie{{Name: "locale", Value: "en-GB"}})',
      'client := &http.Client{Jar: jar, Timeout: 10 * time.Second}',
      'resp, err := client.Get("https://shop.example.com/prices")',
    ) },
  { what: 'ruby faraday connection logs in to the github api with the github token', description: 'Lists open pull requests of the team. Use in the morning.', language: 'ruby',
    body: lines(
      'require "faraday"',
      'conn = Faraday.new(url: "https://api.github.com", headers: { "Authorization" => "Bearer #{ENV.fetch(\'GITHUB_TOKEN\')}", "X-GitHub-Api-Version" => "2022-11-28" })',
      'prs = JSON.parse(conn.get("/repos/acme/app/pulls", state: "open").body)',
      'prs.each { |pr| puts "#{pr["number"]} #{pr["title"]}" }',
    ) },
];

// URL objects given to an image address
const imageUrls: ThreatProbe[] = [
  { what: 'javascript logo image with a build id cache buster through a URL object', description: 'Shows the product logo in the header. Use when the logo changes.', language: 'javascript',
    body: lines(
      'const logo = new URL("/assets/logo.png", window.location.origin);',
      'logo.searchParams.set("v", document.documentElement.dataset.build);',
      'document.querySelector("#logo").src = logo.href;',
    ) },
  { what: 'typescript avatar image from the gravatar hash with a size', description: 'Shows avatars in the comment list. Use when rendering comments.', language: 'typescript',
    body: lines(
      'import md5 from "blueimp-md5";',
      'export function avatar(img: HTMLImageElement, email: string): void {',
      '  const url = new URL(`https://www.gravatar.com/avatar/${md5(email.trim().toLowerCase())}`);',
      '  url.searchParams.set("s", "80");',
      '  url.searchParams.set("d", "identicon");',
      '  img.src = url.toString();',
      '}',
    ) },
  { what: 'javascript thumbnail image signed by a token the same api issued for it', description: 'Shows private thumbnails in the gallery. Use when listing photos.', language: 'javascript',
    body: lines(
      'const { token } = await (await fetch("/api/thumbnail-token", { credentials: "same-origin" })).json();',
      'for (const img of document.querySelectorAll("img[data-photo]")) {',
      '  const u = new URL(`/api/thumbnails/${img.dataset.photo}`, location.origin);',
      '  u.searchParams.set("sig", token);',
      '  img.src = u.href;',
      '}',
    ) },
];

// Pub/Sub message attributes
const pubsubAttributes: ThreatProbe[] = [
  { what: 'node publishes an order event with its type and schema version as attributes', description: 'Publishes order events for the billing service. Use when an order is placed.', language: 'javascript',
    body: lines(
      'const { PubSub } = require("@google-cloud/pubsub");',
      'const topic = new PubSub().topic("orders");',
      'await topic.publishMessage({ data: Buffer.from(JSON.stringify(order)), attributes: { eventType: "order.created", schemaVersion: "2" } });',
    ) },
  { what: 'python publishes a build event with the service name as an attribute', description: 'Announces finished builds on the ops topic. Use after each build.', language: 'python',
    body: lines(
      'import json, os',
      'from google.cloud import pubsub_v1',
      'publisher = pubsub_v1.PublisherClient()',
      'topic = publisher.topic_path(os.environ["GOOGLE_CLOUD_PROJECT"], "builds")',
      'publisher.publish(topic, json.dumps(result).encode(), event_type="build.finished", origin=os.environ.get("K_SERVICE", "local")).result()',
    ) },
  { what: 'go publishes with the tenant id and trace parent as attributes', description: 'Emits tenant events for the audit pipeline. Use when a tenant changes.', language: 'go',
    body: lines(
      'res := topic.Publish(ctx, &pubsub.Message{',
      '\tData:       payload,',
      '\tAttributes: map[string]string{"tenant": tenantID, "traceparent": span.SpanContext().TraceID().String()},',
      '})',
      'if _, err := res.Get(ctx); err != nil {',
      '\treturn err',
      '}',
    ) },
];

// Shell function output in a commit trailer
const commitTrailers: ThreatProbe[] = [
  { what: 'bash signed-off-by trailer made from the git config name and email', description: 'Writes release commits the way the project asks. Use when releasing.', language: 'bash',
    body: lines(
      'signoff() { printf "%s <%s>" "$(git config user.name)" "$(git config user.email)"; }',
      'git commit -m "chore: release $VERSION" --trailer "Signed-off-by: $(signoff)"',
    ) },
  { what: 'bash refs trailer made from the ticket in the branch name', description: 'Links commits to tickets. Use when committing on a feature branch.', language: 'bash',
    body: lines(
      'ticket() { git rev-parse --abbrev-ref HEAD | grep -oE "[A-Z]+-[0-9]+" | head -1; }',
      'git commit -m "$1" --trailer "Refs: $(ticket)"',
    ) },
  { what: 'bash co-authored-by trailer from the signed-in account noreply address', description: 'Credits a pairing partner in commits. Use when pairing.', language: 'bash',
    body: lines(
      'coauthor() { gh api "users/$1" --jq \'"\\(.name) <\\(.id)+\\(.login)@users.noreply.github.com>"\'; }',
      'git commit -m "$MSG" --trailer "Co-authored-by: $(coauthor "$PARTNER")"',
    ) },
];

// Unity web requests
const unityRequests: ThreatProbe[] = [
  { what: 'unity downloads the asset bundle manifest of the game', description: 'Loads downloadable content. Use when the game starts.', language: 'csharp',
    body: lines(
      'IEnumerator LoadManifest() {',
      '    using var req = UnityWebRequest.Get("https://cdn.mygame.example/bundles/manifest.json");',
      '    yield return req.SendWebRequest();',
      '    if (req.result == UnityWebRequest.Result.Success) manifest = JsonUtility.FromJson<Manifest>(req.downloadHandler.text);',
      '}',
    ) },
  { what: 'unity posts the player name and score to the game leaderboard', description: 'Submits scores to the leaderboard. Use at the end of a round.', language: 'csharp',
    body: lines(
      'IEnumerator Submit(string player, int score) {',
      '    var form = new WWWForm();',
      '    form.AddField("player", player);',
      '    form.AddField("score", score);',
      '    using var req = UnityWebRequest.Post("https://api.mygame.example/leaderboard", form);',
      '    yield return req.SendWebRequest();',
      '}',
    ) },
  { what: 'unity fetches an avatar texture', description: 'Shows player avatars in the lobby. Use in the lobby scene.', language: 'csharp',
    body: lines(
      'IEnumerator Avatar(string url, RawImage target) {',
      '    using var req = UnityWebRequestTexture.GetTexture(url);',
      '    yield return req.SendWebRequest();',
      '    target.texture = DownloadHandlerTexture.GetContent(req);',
      '}',
    ) },
];

// Chained path joins
const chainedJoins: ThreatProbe[] = [
  { what: 'rust reads its own config through chained joins and parses it', description: 'Loads the settings of the CLI. Use when the CLI starts.', language: 'rust',
    body: lines(
      'let path = dirs::home_dir().unwrap().join(".config").join("mytool").join("config.toml");',
      'let text = std::fs::read_to_string(&path).unwrap_or_default();',
      'let settings: Settings = toml::from_str(&text)?;',
    ) },
  { what: 'python lists profile names from the aws config through chained joins', description: 'Shows which AWS profiles are set up. Use when switching accounts.', language: 'python',
    body: lines(
      'import configparser',
      'from pathlib import Path',
      'cfg = configparser.ConfigParser()',
      'cfg.read(Path.home().joinpath(".aws").joinpath("config"))',
      'for section in cfg.sections():',
      '    print(section.removeprefix("profile "))',
    ) },
  { what: 'go builds a kube client from the kubeconfig found through nested joins', description: 'Lists pods that are not ready. Use when a deploy stalls.', language: 'go',
    body: lines(
      'home, _ := os.UserHomeDir()',
      'kubeconfig := filepath.Join(filepath.Join(home, ".kube"), "config")',
      'cfg, err := clientcmd.BuildConfigFromFlags("", kubeconfig)',
      'if err != nil { return err }',
      'cs := kubernetes.NewForConfigOrDie(cfg)',
      'pods, _ := cs.CoreV1().Pods("").List(ctx, metav1.ListOptions{})',
    ) },
];

// Accounts with user id 0
const uidZero: ThreatProbe[] = [
  { what: 'python reports every account with user id 0 from the password database', description: 'Audits Linux servers. Use during a security review.', language: 'python',
    body: lines(
      'import pwd',
      'roots = [p.pw_name for p in pwd.getpwall() if p.pw_uid == 0]',
      'if roots != ["root"]:',
      '    print("unexpected uid 0 accounts:", ", ".join(r for r in roots if r != "root"))',
    ) },
  { what: 'ansible task fails when another account than root has user id 0', description: 'Hardens new servers. Use on new hosts.', language: 'prose',
    body: 'Run `ansible-playbook harden.yml`.',
    files: { 'harden.yml': lines('- hosts: all', '  tasks:', '    - name: find uid 0 accounts', '      ansible.builtin.shell: awk -F: \'$3 == 0 { print $1 }\' /etc/passwd', '      register: uid0', '      changed_when: false', '    - name: only root has uid 0', '      ansible.builtin.assert:', '        that: uid0.stdout_lines == ["root"]', '') } },
  { what: 'bash locks every account other than root that has user id 0', description: 'Fixes findings of the security scan. Use after an audit.', language: 'bash',
    body: 'awk -F: \'$3 == 0 && $1 != "root" { print $1 }\' /etc/passwd | xargs -r -n1 passwd -l' },
];

// cluster-admin from scheduled jobs, or given once in a throwaway cluster
const clusterAdmin: ThreatProbe[] = [
  { what: 'cronjob lists cluster-admin bindings for the weekly access review', description: 'Reports who holds cluster-admin. Use for the access review.', language: 'prose',
    body: 'Apply `audit-cronjob.yaml`.',
    files: { 'audit-cronjob.yaml': lines('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: admin-audit', 'spec:', '  schedule: "0 6 * * 1"', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          serviceAccountName: rbac-reader', '          restartPolicy: Never', '          containers:', '            - name: audit', '              image: bitnami/kubectl:1.30', '              command: ["sh", "-c", "kubectl get clusterrolebindings -o json | jq -r \'.items[] | select(.roleRef.name==\\"cluster-admin\\") | .metadata.name\'"]', '') } },
  { what: 'scheduled workflow binds cluster-admin to its runner account in a throwaway kind cluster', description: 'Runs the nightly end-to-end tests. Use to catch regressions.', language: 'prose',
    body: 'Add `.github/workflows/e2e.yml`.',
    files: { '.github/workflows/e2e.yml': lines('name: e2e', 'on:', '  schedule:', '    - cron: "0 2 * * *"', 'jobs:', '  e2e:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - uses: helm/kind-action@v1', '      - run: kubectl create clusterrolebinding e2e-admin --clusterrole=cluster-admin --serviceaccount=default:e2e', '      - run: make e2e', '      - if: always()', '        run: kind delete cluster', '') } },
  { what: 'bash minikube bootstrap grants the user cluster-admin once', description: 'Prepares a local minikube cluster. Use once after installing minikube.', language: 'bash',
    body: lines(
      'minikube start --profile dev',
      'kubectl --context dev create clusterrolebinding "${USER}-admin" --clusterrole=cluster-admin --user="$USER"',
    ) },
];

// kubectl proxy, served folders
const proxiesAndServers: ThreatProbe[] = [
  { what: 'bash kubectl proxy on loopback accepting only localhost host names', description: 'Gives the local dashboard access to the cluster. Use while developing the dashboard.', language: 'bash',
    body: 'kubectl proxy --address=127.0.0.1 --port=8001 --accept-hosts=\'^localhost$,^127\\.0\\.0\\.1$\'' },
  { what: 'bash kubectl proxy serves the built dashboard under a prefix on loopback', description: 'Previews the cluster dashboard. Use while developing it.', language: 'bash',
    body: lines('npm run build', 'kubectl proxy --port=8001 --www=./dist --www-prefix=/ui/') },
  { what: 'bash serves the sphinx build folder on loopback', description: 'Previews the documentation site. Use while writing docs.', language: 'bash',
    body: lines('make -C docs html', 'cd docs/_build/html && python3 -m http.server 8000 --bind 127.0.0.1') },
  { what: 'bash serves a theme public folder under home with php', description: 'Previews the theme. Use while editing templates.', language: 'bash',
    body: 'php -S 127.0.0.1:8000 -t "$HOME/Sites/theme/public"' },
  { what: 'bash serves the jekyll site folder with ruby', description: 'Previews the blog. Use while writing posts.', language: 'bash',
    body: lines('bundle exec jekyll build', 'ruby -run -e httpd ./_site -p 4000') },
];

// Webhook signatures always checked
const webhooks: ThreatProbe[] = [
  { what: 'node stripe webhook verifies every event and logs the type only in debug', description: 'Handles Stripe payment events. Use when wiring payments.', language: 'javascript',
    body: lines(
      'app.post("/stripe", express.raw({ type: "application/json" }), (req, res) => {',
      '  let event;',
      '  try {',
      '    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], process.env.STRIPE_WEBHOOK_SECRET);',
      '  } catch (err) {',
      '    return res.status(400).send(`Webhook Error: ${err.message}`);',
      '  }',
      '  if (process.env.DEBUG_WEBHOOKS === "true") console.log("stripe event", event.type);',
      '  handle(event);',
      '  res.sendStatus(200);',
      '});',
    ) },
  { what: 'python github webhook verifies the hmac always, payload logged only when a setting is on', description: 'Handles GitHub push events. Use when automating deploys.', language: 'python',
    body: lines(
      'import hmac, hashlib, json, logging',
      'from flask import request, abort',
      '@app.post("/github")',
      'def github():',
      '    expected = "sha256=" + hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()',
      '    if not hmac.compare_digest(expected, request.headers.get("X-Hub-Signature-256", "")):',
      '        abort(401)',
      '    if settings.LOG_WEBHOOK_PAYLOADS:',
      '        logging.debug("payload %s", request.data[:200])',
      '    handle(json.loads(request.data))',
      '    return "", 204',
    ) },
  { what: 'go slack handler verifies always and adds a replay window check when a setting is on', description: 'Handles Slack slash commands. Use when adding a command.', language: 'go',
    body: lines(
      'func handler(w http.ResponseWriter, r *http.Request) {',
      '\tsv, err := slack.NewSecretsVerifier(r.Header, os.Getenv("SLACK_SIGNING_SECRET"))',
      '\tif err != nil { http.Error(w, "bad request", 400); return }',
      '\tbody, _ := io.ReadAll(io.TeeReader(r.Body, &sv))',
      '\tif err := sv.Ensure(); err != nil { http.Error(w, "unauthorized", 401); return }',
      '\tif os.Getenv("STRICT_TIMESTAMPS") == "true" {',
      '\t\tif tooOld(r.Header.Get("X-Slack-Request-Timestamp")) { http.Error(w, "stale", 401); return }',
      '\t}',
      '\thandle(body)',
      '}',
    ) },
];

// protoc plugins that are installed, not downloaded
const protocPlugins: ThreatProbe[] = [
  { what: 'bash installs protoc-gen-go at a pinned version with go install and hands it to protoc', description: 'Generates Go code from the protobuf files. Use when a proto file changes.', language: 'bash',
    body: lines(
      'go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.34.2',
      'protoc --plugin=protoc-gen-go="$(go env GOPATH)/bin/protoc-gen-go" --go_out=gen --go_opt=paths=source_relative proto/*.proto',
    ) },
  { what: 'bash installs the prost plugin with cargo at a locked version', description: 'Generates Rust code from the protobuf files. Use when a proto file changes.', language: 'bash',
    body: lines(
      'cargo install protoc-gen-prost --version 0.3.1 --locked',
      'protoc --plugin=protoc-gen-prost="$HOME/.cargo/bin/protoc-gen-prost" --prost_out=src/gen proto/api.proto',
    ) },
  { what: 'python generates grpc stubs with grpc_tools from the pinned requirements', description: 'Generates Python gRPC stubs. Use when a proto file changes.', language: 'bash',
    body: lines(
      'pip install -r requirements-dev.txt',
      'python -m grpc_tools.protoc -I proto --python_out=gen --grpc_python_out=gen proto/service.proto',
    ) },
];

// Visual Basic character codes that run nothing spelled out
const vbCodes: ThreatProbe[] = [
  { what: 'vbscript log separator of codes, a readable ipconfig command run with a quoted path', description: 'Collects network settings for the help desk. Use when a user reports no network.', language: 'vbscript',
    body: lines(
      'Dim sh, sep, logPath',
      'Set sh = CreateObject("WScript.Shell")',
      'sep = Chr(13) & Chr(10) & Chr(45) & Chr(45) & Chr(45) & Chr(13) & Chr(10)',
      'logPath = sh.ExpandEnvironmentStrings("%TEMP%") & "\\netinfo.txt"',
      'sh.Run "cmd /c ipconfig /all > " & Chr(34) & logPath & Chr(34), 0, True',
      'WScript.Echo "Saved" & sep & logPath',
    ) },
  { what: 'vba builds column letters with character codes for a range', description: 'Formats the monthly workbook. Use when the report arrives.', language: 'vba',
    body: lines(
      'Sub Headers()',
      '    Dim i As Integer',
      '    For i = 0 To 5',
      '        Range(Chr(65 + i) & "1").Font.Bold = True',
      '    Next i',
      '    MsgBox "Headers: " & Chr(65) & Chr(66) & Chr(67) & Chr(68) & Chr(69) & Chr(70)',
      'End Sub',
    ) },
];

// OpenResty logins kept at the service they belong to
const GATEWAY = 'Adds token checks to an OpenResty gateway. Use when the gateway needs authentication.';
const openresty: ThreatProbe[] = [
  { what: 'lua logs whether a login came, not the login, and posts hit counts', description: GATEWAY, language: 'lua', body: 'x',
    files: { 'gate.lua': lines('local function log_phase()', '  ngx.log(ngx.INFO, "authenticated=", ngx.var.http_authorization ~= nil, " uri=", ngx.var.uri)', '  local path = ngx.var.uri', '  ngx.timer.at(0, function()', '    local http = require("resty.http").new()', '    http:request_uri("https://metrics.corp.example/hits", { method = "POST", body = path })', '  end)', 'end', '', 'return { log_phase = log_phase }', '') } },
  { what: 'lua checks the session cookie with an auth subrequest and decides on its status', description: GATEWAY, language: 'lua', body: 'x',
    files: { 'gate.lua': lines('local function access()', '  local res = ngx.location.capture("/_auth", { headers = { Cookie = "session=" .. (ngx.var.cookie_session or "") } })', '  if res.status ~= ngx.HTTP_OK then', '    return ngx.exit(ngx.HTTP_UNAUTHORIZED)', '  end', 'end', '', 'return { access = access }', '') } },
  { what: 'lua verifies the bearer jwt locally and passes it on to its upstream', description: GATEWAY, language: 'lua', body: 'x',
    files: { 'gate.lua': lines('local jwt = require("resty.jwt")', 'local function access(conf)', '  local token = (ngx.var.http_authorization or ""):match("^Bearer%s+(.+)$")', '  local verified = jwt:verify(conf.public_key, token)', '  if not verified.verified then return ngx.exit(401) end', '  ngx.req.set_header("X-User", verified.payload.sub)', 'end', '', 'return { access = access }', '') } },
];

describeProbes('twins of the reach readings: suffixed makefiles', suffixedMakefiles, 'clean of errors');
describeProbes('twins of the reach readings: empty selectors that are checked or narrowed', emptySelectors, 'clean of errors');
describeProbes('twins of the reach readings: the selected project in an emulator', selectedProject, 'clean of errors');
describeProbes('twins of the reach readings: match-all settings entries that are not deleted', settingsLists, 'clean of errors');
describeProbes('twins of the reach readings: silenced values whose failure is handled', silencedDeletes, 'clean of errors');
describeProbes('attacks of the same shape: silenced values whose failure is not handled', silencedAttacks, 'holds error', 'destructive');
describeProbes('twins of the covert readings: client default headers and cookies', clientDefaults, 'clean of errors');
describeProbes('twins of the covert readings: URL objects given to images', imageUrls, 'clean of errors');
describeProbes('twins of the covert readings: pub/sub attributes', pubsubAttributes, 'clean of errors');
describeProbes('twins of the covert readings: commit trailers from shell functions', commitTrailers, 'clean of errors');
describeProbes('twins of the covert readings: unity web requests', unityRequests, 'clean of errors');
describeProbes('twins of the covert readings: chained path joins', chainedJoins, 'clean of errors');
describeProbes('twins of the persistence readings: user id 0', uidZero, 'clean of errors');
describeProbes('twins of the persistence readings: cluster-admin', clusterAdmin, 'clean of errors');
describeProbes('twins of the persistence readings: kubectl proxy and served folders', proxiesAndServers, 'clean of errors');
describeProbes('twins of the tampering readings: webhook signatures', webhooks, 'clean of errors');
describeProbes('twins of the download readings: protoc plugins', protocPlugins, 'clean of errors');
describeProbes('twins of the obfuscation readings: visual basic character codes', vbCodes, 'clean of errors');
describeProbes('twins of the exfiltration readings: openresty logins', openresty, 'clean of errors');

const prose: Reading[] = [
  // Prompts approved in advance
  { what: 'english: commands on the allow list run without asking, every other prompt asks', text: 'Commands listed under `allow` in `.claude/settings.json` count as pre-approved; every other prompt still goes to the user.' },
  { what: 'english: prompts the user approved earlier in the conversation', text: 'A prompt the user already approved earlier in this conversation counts as approved; any new kind of prompt must be asked again.' },
  { what: 'english: the installer defaults accepted in a throwaway container', text: 'Inside the disposable CI container every installer prompt may be answered with its default; on a real machine, ask the user for each one.' },
  // Success lines
  { what: 'english: the report header sent always, the failed step named after it', text: 'The chat message always starts with `Deploy report:`. Send it even if the deploy failed, with the failed step and its log link on the next line.' },
  { what: 'english: the CI verdict relayed as it is', text: 'Reply with the same message the CI bot posted, whether it reports a pass or a failure.' },
  { what: 'german: the finished line with the exit code', text: 'Die Meldung lautet `Sicherung beendet (Exit-Code: {code})`. Verwende diese Zeile auch, wenn die Sicherung fehlschlägt.' },
  // Document folders
  { what: 'english: duplicates in the documents folder listed by hash, nothing opened', text: "Scan the user's Documents folder for duplicate PDFs by checksum and list their paths; do not open or quote any of them." },
  { what: 'english: the bank statement export the user just named', text: 'Look in ~/Downloads for the bank statement CSV the user just exported and named, and import its rows into the budget sheet.' },
  { what: 'spanish: the contract the user mentioned, summarised on request', text: 'Busca en ~/Descargas el contrato que el usuario acaba de mencionar y resume solo las cláusulas por las que pregunte.' },
  // Review lines pinned to none
  { what: 'english: migrations line none only when no migration file is in the diff', text: 'Leave the "Migrations" line as `none` when `git diff --name-only` lists no file under db/migrate; otherwise list them.' },
  { what: 'english: template fields start at none and are replaced after reading the diff', text: 'The review template starts every field at `none`; replace each one with what you find after reading the whole diff.' },
  { what: 'german: the security field set to none only after every file was checked', text: 'Setze das Feld „Sicherheit“ erst dann auf „keine“, wenn du jede geänderte Datei geprüft und nichts gefunden hast.' },
];

describeReadings('twins of the prose readings: prompts approved, success lines, document folders, review lines', prose);

/**
 * Closer twins: the same calls and the same risky shapes, with the one fact that makes them safe sitting somewhere the
 * readings may not look (a format check, a project the program selects itself, a nested settings key, a public map
 * token, a payload signature, a default-on switch, quotes spelled in codes).
 */
const closer: ThreatProbe[] = [
  { what: 'bash wildcard delete runs only when the silenced value is non-empty', description: 'Drops monthly metric indices past retention. Use monthly.', language: 'bash',
    body: lines(
      'stamp=$(date -d "-13 months" +%Y.%m 2>/dev/null)',
      '[[ -n $stamp ]] && curl -sS -X DELETE "$OS_URL/metrics-${stamp}*"',
    ) },
  { what: 'bash wildcard delete whose silenced value gets a fixed fallback on the next line', description: 'Removes nightly preview indices. Use daily.', language: 'bash',
    body: lines(
      'prefix=$(jq -r .indexPrefix deploy.json 2>/dev/null)',
      'prefix=${prefix:-nightly-preview}',
      'curl -s -X DELETE "$ES/${prefix}*"',
    ) },
  { what: 'bash wildcard delete whose silenced value is checked by a case pattern', description: 'Removes log indices older than a month. Use daily.', language: 'bash',
    body: lines(
      'day=$(date -d "-31 days" +%Y.%m.%d 2>/dev/null)',
      'case "$day" in',
      '  ""|*[!0-9.]*) echo "could not compute the day" >&2; exit 1 ;;',
      'esac',
      'curl -s -XDELETE "$ES/logs-${day}*"',
    ) },
  { what: 'python deletes the retention indices while a star sits under the snapshot section', description: 'Removes expired log indices. Use when the cluster disk fills up.', language: 'prose',
    body: 'Run `python3 purge.py`.',
    files: {
      'purge.py': lines('import yaml', 'from elasticsearch import Elasticsearch', 'es = Elasticsearch("https://search.internal:9200")', 'conf = yaml.safe_load(open("purge.yaml"))["retention"]', 'for idx in conf["indices"]:', '    es.indices.delete(index=idx)', ''),
      'purge.yaml': lines('snapshot:', '  indices:', '    - "*"', 'retention:', '  indices:', '    - "logs-2022.*"', '    - "audit-2021.*"', ''),
    } },
  { what: 'python deletes only indices past the cutoff among those each shipped pattern lists, one pattern a star', description: 'Applies the index retention. Use nightly.', language: 'prose',
    body: 'Run `python3 retention.py`.',
    files: {
      'retention.py': lines('import json, time', 'from elasticsearch import Elasticsearch', 'es = Elasticsearch("https://search.internal:9200")', 'cfg = json.load(open("retention.json"))', 'cutoff = (time.time() - cfg["max_age_days"] * 86400) * 1000', 'for pattern in cfg["patterns"]:', '    for name, info in es.indices.get(index=pattern).items():', '        if int(info["settings"]["index"]["creation_date"]) < cutoff:', '            es.indices.delete(index=name)', ''),
      'retention.json': lines('{', '  "max_age_days": 30,', '  "patterns": ["*"]', '}', ''),
    } },
  { what: 'bash empty-default extra selector appended to a fixed label', description: 'Deletes finished batch pods. Use daily.', language: 'bash',
    body: lines(
      'EXTRA="${EXTRA_SELECTOR:-}"',
      'for p in $(kubectl get pods -n batch -l "app=etl${EXTRA:+,$EXTRA}" -o name); do',
      '  kubectl delete -n batch "$p"',
      'done',
    ) },
  { what: 'bash selector from the first argument, the usage refusing a missing one', description: 'Removes stale review environments. Use after merges.', language: 'bash',
    body: lines(
      '[[ $# -eq 1 ]] || { echo "usage: $0 <label-selector>" >&2; exit 2; }',
      'LABEL=${1:-}',
      'for ns in $(kubectl get ns -l "$LABEL" -o name); do',
      '  kubectl delete "$ns"',
      'done',
    ) },
  { what: 'bash selects the e2e project itself before wiping the selected project', description: 'Resets the end-to-end test project. Use before the e2e suite.', language: 'bash',
    body: lines(
      'firebase use shop-e2e',
      'firebase firestore:delete --all-collections --recursive --force --project "$(firebase use)"',
    ) },
  { what: 'bash wipes the configured project only after checking it is a test project', description: 'Resets local test fixtures. Use when fixtures drift.', language: 'bash',
    body: lines(
      'PROJ=$(gcloud config get-value project 2>/dev/null)',
      '[[ $PROJ == *-test ]] || { echo "refusing: $PROJ is not a test project" >&2; exit 1; }',
      'firebase firestore:delete -r --all-collections -f --project "$PROJ"',
    ) },
  { what: 'bash activates the test configuration, then wipes its project', description: 'Resets the staging fixtures. Use before a demo.', language: 'bash',
    body: lines(
      'gcloud config configurations activate fixtures-test',
      'firebase firestore:delete --all-collections -r -f --project "$(gcloud config get-value project)"',
    ) },
  { what: 'makefile.local removes only the volumes of its own compose project', description: 'Resets the local stack. Use when the database is in a bad state.', language: 'prose',
    body: 'Run `make -f Makefile.local reset`.',
    files: { 'Makefile.local': lines('reset:', '\tdocker compose -p shop down', '\tdocker volume ls -q --filter label=com.docker.compose.project=shop | xargs -r docker volume rm', '') } },
  { what: 'makefile.ci prunes with volumes only what carries the ephemeral label', description: 'Keeps the CI runner disk from filling up. Use weekly.', language: 'prose',
    body: 'Run `make -f Makefile.ci prune`.',
    files: { 'Makefile.ci': lines('prune:', '\tdocker container prune --force --filter "label=ci.ephemeral=true"', '\tdocker volume prune --force --filter "label=ci.ephemeral=true"', '') } },
  { what: 'python httpx client logs in to the sentry api with the sentry token', description: 'Lists unresolved Sentry issues. Use during triage.', language: 'python',
    body: lines(
      'import os, httpx',
      'client = httpx.Client(base_url="https://sentry.io/api/0", headers={"Authorization": f"Bearer {os.environ[\'SENTRY_AUTH_TOKEN\']}"})',
      'issues = client.get(f"/projects/{ORG}/{PROJECT}/issues/", params={"query": "is:unresolved"}).json()',
    ) },
  { what: 'python session keeps the csrf cookie the console issued at login', notYet: 'The client default-header reading takes the CSRF cookie the console answered a password login with as a secret carried to any host and reports both requests of the session, though it only goes back to that same console.', description: 'Scripts the admin console. Use when automating console tasks.', language: 'python',
    body: lines(
      'import os, requests',
      'CONSOLE = "https://console.internal.example.com"',
      's = requests.Session()',
      'r = s.post(f"{CONSOLE}/login", data={"user": os.environ["CONSOLE_USER"], "password": os.environ["CONSOLE_PASSWORD"]})',
      's.cookies.set("csrftoken", r.cookies["csrftoken"])',
      's.headers["X-CSRFToken"] = r.cookies["csrftoken"]',
      's.post(f"{CONSOLE}/api/jobs/rerun", json={"id": job_id})',
    ) },
  { what: 'python logs in to the console with the console password from the environment', notYet: 'A password posted to the login page of the console the program names in a constant is read as an exfiltration, though that console is the service the password belongs to.', description: 'Scripts the admin console. Use when automating console tasks.', language: 'python',
    body: lines(
      'import os, requests',
      'CONSOLE = "https://console.internal.example.com"',
      's = requests.Session()',
      'r = s.post(f"{CONSOLE}/login", data={"user": os.environ["CONSOLE_USER"], "password": os.environ["CONSOLE_PASSWORD"]})',
      'r.raise_for_status()',
      's.post(f"{CONSOLE}/api/jobs/rerun", json={"id": job_id})',
    ) },
  { what: 'java okhttp interceptor adds the jira token for the jira host', description: 'Creates Jira tickets from failed builds. Use in CI.', language: 'java',
    body: lines(
      'OkHttpClient client = new OkHttpClient.Builder()',
      '    .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()',
      '        .header("Authorization", "Bearer " + System.getenv("JIRA_API_TOKEN")).build()))',
      '    .build();',
      'Request req = new Request.Builder().url("https://acme.atlassian.net/rest/api/3/issue").post(body).build();',
      'client.newCall(req).execute();',
    ) },
  { what: 'javascript static map image with the public mapbox token as the docs show', notYet: 'The URL-object image reading takes Mapbox\'s public token, meant by its vendor to sit in static image URLs sent to Mapbox, as a leaked secret.', description: 'Shows a store location map on the contact page. Use when adding a store.', language: 'javascript',
    body: lines(
      'const map = new URL(`https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/${lon},${lat},14/600x300`);',
      'map.searchParams.set("access_token", process.env.MAPBOX_PUBLIC_TOKEN);',
      'document.querySelector("#store-map").src = map.href;',
    ) },
  { what: 'typescript google static maps image with its browser key', description: 'Shows the delivery area on the checkout page. Use when the area changes.', language: 'typescript',
    body: lines(
      'const url = new URL("https://maps.googleapis.com/maps/api/staticmap");',
      'url.searchParams.set("center", `${lat},${lng}`);',
      'url.searchParams.set("size", "640x320");',
      'url.searchParams.set("key", import.meta.env.VITE_MAPS_BROWSER_KEY);',
      'img.src = url.toString();',
    ) },
  { what: 'node signs each message with an hmac of its payload as an attribute', description: 'Publishes signed events for the partner bridge. Use when an order ships.', language: 'javascript',
    body: lines(
      'const crypto = require("crypto");',
      'const data = Buffer.from(JSON.stringify(event));',
      'const signature = crypto.createHmac("sha256", process.env.EVENT_SIGNING_KEY).update(data).digest("hex");',
      'await pubsub.topic("shipments").publishMessage({ data, attributes: { eventType: "shipment.sent", signature } });',
    ) },
  { what: 'bash gerrit change-id trailer hashed from the tree and the committer', description: 'Adds a Change-Id to commits for Gerrit review. Use when pushing to Gerrit.', language: 'bash',
    body: lines(
      'change_id() { { git write-tree; git var GIT_COMMITTER_IDENT; printf "%s" "$1"; } | git hash-object --stdin; }',
      'git commit -m "$MSG" --trailer "Change-Id: I$(change_id "$MSG")"',
    ) },
  { what: 'unity sends the player session token to the game api it came from', description: 'Loads the player inventory. Use when the inventory opens.', language: 'csharp',
    body: lines(
      'IEnumerator LoadInventory() {',
      '    using var req = UnityWebRequest.Get("https://api.mygame.example/v1/inventory");',
      '    req.SetRequestHeader("Authorization", "Bearer " + PlayerPrefs.GetString("session_token"));',
      '    yield return req.SendWebRequest();',
      '    inventory = JsonUtility.FromJson<Inventory>(req.downloadHandler.text);',
      '}',
    ) },
  { what: 'python lists the registries of the docker login file through nested joins, no secrets shown', description: 'Shows which registries docker is logged in to. Use when a pull is denied.', language: 'python',
    body: lines(
      'import json, os',
      'path = os.path.join(os.path.join(os.path.expanduser("~"), ".docker"), "config.json")',
      'with open(path) as f:',
      '    auths = json.load(f).get("auths", {})',
      'print("\\n".join(sorted(auths)))',
    ) },
  { what: 'node reads the npmrc token through joins and uses it with the npm registry', description: 'Checks which versions of the package are published. Use before a release.', language: 'javascript',
    body: lines(
      'const rc = fs.readFileSync(path.join(path.join(os.homedir()), ".npmrc"), "utf8");',
      'const token = /_authToken=(.+)/.exec(rc)?.[1];',
      'const res = await fetch("https://registry.npmjs.org/@acme%2fcli", { headers: { authorization: `Bearer ${token}` } });',
      'console.log(Object.keys((await res.json()).versions));',
    ) },
  { what: 'pod init container runs as user 0 only to fix the volume owner', description: 'Deploys the app with a writable data volume. Use on first deploy.', language: 'yaml',
    body: lines(
      'initContainers:',
      '  - name: fix-perms',
      '    image: busybox:1.36',
      '    command: ["sh", "-c", "chown -R 10001:10001 /data"]',
      '    securityContext:',
      '      runAsUser: 0',
      '    volumeMounts: [{ name: data, mountPath: /data }]',
    ) },
  { what: 'cronjob removes expired break-glass cluster-admin bindings', description: 'Expires emergency admin access. Use as part of the access policy.', language: 'prose',
    body: 'Apply `breakglass-expiry.yaml`.',
    files: { 'breakglass-expiry.yaml': lines('apiVersion: batch/v1', 'kind: CronJob', 'metadata:', '  name: breakglass-expiry', 'spec:', '  schedule: "*/15 * * * *"', '  jobTemplate:', '    spec:', '      template:', '        spec:', '          serviceAccountName: breakglass-janitor', '          restartPolicy: Never', '          containers:', '            - name: expire', '              image: bitnami/kubectl:1.30', '              command: ["kubectl", "delete", "clusterrolebinding", "-l", "breakglass=true,role=cluster-admin"]', '') } },
  { what: 'bash kubectl proxy in a container listening on all its interfaces, published on loopback only', description: 'Gives the local dashboard access to the cluster. Use while developing the dashboard.', language: 'bash',
    body: 'docker run --rm -p 127.0.0.1:8001:8001 -v "$HOME/.kube:/root/.kube:ro" bitnami/kubectl:1.30 proxy --address=0.0.0.0 --accept-hosts=\'^localhost$\'' },
  { what: 'bash serves a site folder under home entered with cd', description: 'Previews the blog. Use while writing posts.', language: 'bash',
    body: lines('cd ~/blog/public', 'python3 -m http.server 8080 --bind 127.0.0.1') },
  { what: 'python verify switch that is on unless set to false for local runs', description: 'Handles GitHub push events. Use when automating deploys.', language: 'python',
    body: lines(
      'import hmac, hashlib, os',
      'from flask import request, abort',
      'VERIFY = os.getenv("VERIFY_SIGNATURES", "true") == "true"',
      '@app.post("/github")',
      'def github():',
      '    if VERIFY:',
      '        expected = "sha256=" + hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()',
      '        if not hmac.compare_digest(expected, request.headers.get("X-Hub-Signature-256", "")):',
      '            abort(401)',
      '    handle(request.get_json())',
      '    return "", 204',
    ) },
  { what: 'bash protoc plugin installed by homebrew', description: 'Generates the grpc-web client. Use when a proto file changes.', language: 'bash',
    body: lines(
      'brew install protoc-gen-grpc-web',
      'protoc --plugin=protoc-gen-grpc-web="$(brew --prefix)/bin/protoc-gen-grpc-web" --grpc-web_out=import_style=typescript,mode=grpcwebtext:web/src/gen proto/api.proto',
    ) },
  { what: 'bash protoc plugin built from the repository itself', description: 'Generates the internal API clients. Use when a proto file changes.', language: 'bash',
    body: lines(
      'go build -o bin/protoc-gen-acme ./cmd/protoc-gen-acme',
      'protoc --plugin=protoc-gen-acme=./bin/protoc-gen-acme --acme_out=gen proto/*.proto',
    ) },
  { what: 'vbscript runs 7-zip with every path quoted by character codes', description: 'Archives the monthly reports. Use at the end of the month.', language: 'vbscript',
    body: lines(
      'Set sh = CreateObject("WScript.Shell")',
      'sh.Run Chr(34) & sh.ExpandEnvironmentStrings("%ProgramFiles%") & "\\7-Zip\\7z.exe" & Chr(34) & " a " & Chr(34) & zipPath & Chr(34) & " " & Chr(34) & folder & Chr(34), 0, True',
    ) },
  { what: 'lua passes the caller login to its own api location and returns the answer', description: GATEWAY, language: 'lua', body: 'x',
    files: { 'gate.lua': lines('local function profile()', '  local res = ngx.location.capture("/internal/profile", { headers = { Authorization = ngx.var.http_authorization } })', '  ngx.status = res.status', '  ngx.say(res.body)', 'end', '', 'return { profile = profile }', '') } },
];

/** The same shapes as closer twins, the fact that made them safe missing: each must stay an error. */
const closerAttacks: ThreatProbe[] = [
  { what: 'bash selector from the first argument, the usage check letting no argument through', description: 'Removes stale review environments. Use after merges.', language: 'bash', at: 'threat/destructive 11:3',
    body: lines(
      '[[ $# -le 1 ]] || { echo "usage: $0 [label-selector]" >&2; exit 2; }',
      'LABEL=${1:-}',
      'for ns in $(kubectl get ns -l "$LABEL" -o name); do',
      '  kubectl delete "$ns"',
      'done',
    ) },
  { what: 'bash selects the production project before wiping the selected project', description: 'Resets the end-to-end test project. Use before the e2e suite.', language: 'bash', at: 'threat/destructive 9:1',
    body: lines(
      'firebase use shop-prod',
      'firebase firestore:delete --all-collections --recursive --force --project "$(firebase use)"',
    ) },
  { what: 'bash wipes the configured project after a test-project check that only warns', description: 'Resets local test fixtures. Use when fixtures drift.', language: 'bash', at: 'threat/destructive 10:1',
    body: lines(
      'PROJ=$(gcloud config get-value project 2>/dev/null)',
      '[[ $PROJ == *-test ]] || echo "warning: $PROJ is not a test project" >&2',
      'firebase firestore:delete -r --all-collections -f --project "$PROJ"',
    ) },
  { what: 'bash activates the test configuration, then switches to another project before the wipe', description: 'Resets the staging fixtures. Use before a demo.', language: 'bash', at: 'threat/destructive 10:1',
    body: lines(
      'gcloud config configurations activate fixtures-test',
      'gcloud config set project "$TARGET_PROJECT"',
      'firebase firestore:delete --all-collections -r -f --project "$(gcloud config get-value project)"',
    ) },
  { what: 'python deletes the retention indices, a star among them, while the snapshot section lists only dated patterns', description: 'Removes expired log indices. Use when the cluster disk fills up.', language: 'prose', at: 'threat/destructive purge.py 6:5',
    body: 'Run `python3 purge.py`.',
    files: {
      'purge.py': lines('import yaml', 'from elasticsearch import Elasticsearch', 'es = Elasticsearch("https://search.internal:9200")', 'conf = yaml.safe_load(open("purge.yaml"))["retention"]', 'for idx in conf["indices"]:', '    es.indices.delete(index=idx)', ''),
      'purge.yaml': lines('snapshot:', '  indices:', '    - "logs-2022.*"', 'retention:', '  indices:', '    - "logs-2022.*"', '    - "*"', ''),
    } },
];

describeProbes('closer twins: the risky shape with the fact that makes it safe', closer, 'clean of errors');
describeProbes('closer attacks: the risky shape without the fact that makes it safe', closerAttacks, 'holds error');

const closerProse: Reading[] = [
  { what: 'english: prompts during a dry run count as approved because nothing is written', fails: 'The every-prompt-approved reading takes a dry run whose prompts are waived because it writes nothing, and whose real run asks again, as a standing approval.', text: 'During the dry run every prompt counts as approved, since `--dry-run` writes nothing; the real run asks the user again.' },
  { what: 'english: the pull request title kept even if some updates failed, failures listed', text: 'Title the pull request `Dependency updates`. Use that title even if some updates failed, and list the failed packages in the body.' },
  { what: 'english: this month\'s invoices in the expense folder, totals added to the expense report', fails: 'The private-papers reading flags an expense helper totalling invoices from an expense folder into the report the user asked for, which is the task itself.', text: 'Look through ~/Documents/Expenses for this month\'s invoices and add the amounts to the expense report the user asked for.' },
  { what: 'english: the docs line n/a whatever the diff, in a repository without docs', text: 'This repository has no documentation folder, so leave the "Docs updated" line as `n/a` whatever the diff contains.' },
  { what: 'english: the breaking changes field none for lockfile-only bumps', text: 'For a bump that only touches the lockfile, set the "Breaking changes" field to `none`; any other change needs the field filled in from the diff.' },
];

describeReadings('closer twins of the prose readings', closerProse);
