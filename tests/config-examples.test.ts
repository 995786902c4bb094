/** The validators behind the catalog's config examples: each accepts a valid sample and fails an invalid one, at the right line. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConfig, untemplated, withPostgresParameters, type ConfigSource } from '../src/node/config-validators.ts';
import { findExamples } from '../src/node/examples.ts';

const block = (language: ConfigSource['language'], code: string, extra: Partial<ConfigSource> = {}): ConfigSource => ({ file: 'x/SKILL.md', firstLine: 10, language, code, strict: true, ...extra });
const check = (language: ConfigSource['language'], code: string, extra: Partial<ConfigSource> = {}) => checkConfig(block(language, code, extra));

describe('GitHub Actions workflows (@actions/workflow-parser)', () => {
  const workflow = 'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v6\n      - run: npm test\n';

  it('accepts a valid workflow', async () => {
    expect(await check('yaml', workflow)).toEqual({ kinds: ['github-workflow'], problems: [], unchecked: [] });
  });

  it('fails an unknown event and a misspelled key, at their lines', async () => {
    const result = await check('yaml', workflow.replace('pull_request]', 'pull_requests]').replace('    steps:', '    stepz:'));
    expect(result.problems).toEqual([
      expect.stringMatching(/^x\/SKILL\.md:11:\d+ GitHub Actions workflow: .*pull_requests/),
      expect.stringMatching(/^x\/SKILL\.md:15:\d+ GitHub Actions workflow: .*stepz/),
    ]);
  });

  it('finds a workflow in any document of a block and keeps its lines', async () => {
    const result = await check('yaml', `a: 1\n---\n${workflow.replace('    steps:', '    stepz:')}`);
    expect(result.kinds).toEqual(['yaml', 'github-workflow']);
    expect(result.problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:17:\d+ GitHub Actions workflow: .*stepz/)]);
  });

  it('fails a job that needs an unknown job', async () => {
    const result = await check('yaml', `${workflow}  deploy:\n    needs: [build]\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo\n`);
    expect(result.problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:19:\d+ GitHub Actions workflow: .*unknown job 'build'/)]);
  });

  it('fails an invalid expression', async () => {
    const result = await check('yaml', workflow.replace('npm test', '${{ github.sha( }}'));
    expect(result.problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:17:\d+ GitHub Actions workflow: /)]);
  });

  it('takes only a document with both `on:` and `jobs:` for a workflow', async () => {
    expect((await check('yaml', 'jobs:\n  test:\n    stepz: 1\n')).kinds).toEqual(['yaml']);
  });
});

describe('Kubernetes manifests (kubernetes-models, @kubernetes-models/*)', () => {
  const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n';

  it('accepts a valid Deployment and Service, one document after the other', async () => {
    const result = await check('yaml', `${deployment}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n`);
    expect(result).toEqual({ kinds: ['kubernetes', 'kubernetes'], problems: [], unchecked: [] });
  });

  it('fails a wrong type and a missing required field at the offending line, in any document', async () => {
    const broken = deployment.replace('replicas: 2', 'replicas: two').replace('        - name: web\n          image', '        - image');
    const result = await check('yaml', `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\n${broken}`);
    expect(result.problems).toEqual([
      'x/SKILL.md:20:13 Kubernetes apps/v1 Deployment: spec.replicas must be integer',
      'x/SKILL.md:28:11 Kubernetes apps/v1 Deployment: spec.template.spec.containers.0 must have required property name',
    ]);
  });

  it('fails a field the API does not define, at its key, as kubectl --validate=strict does', async () => {
    const typo = deployment.replace('  replicas: 2', '  replica: 2').replace('          image: nginx:1.27', '          image: nginx:1.27\n          imagePullPolicyy: Always');
    expect((await check('yaml', typo)).problems).toEqual([
      'x/SKILL.md:15:3 Kubernetes apps/v1 Deployment: spec.replica is not a field of DeploymentSpec',
      'x/SKILL.md:25:11 Kubernetes apps/v1 Deployment: spec.template.spec.containers.0.imagePullPolicyy is not a field of Container',
    ]);
    // Maps (labels), inherited fields (Gateway API's backendRefs) and free-form values (a HelmRelease's values) take any key.
    expect((await check('yaml', deployment.replace('labels: {app: web}', 'labels: {app: web, anything.example.com/goes: x}'))).problems).toEqual([]);
    const route = 'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: web\nspec:\n  parentRefs: [{name: gw}]\n  rules:\n    - backendRefs:\n        - name: web\n          port: 80\n          weigth: 10\n';
    expect((await check('yaml', route)).problems).toEqual(['x/SKILL.md:20:11 Kubernetes gateway.networking.k8s.io/v1 HTTPRoute: spec.rules.0.backendRefs.0.weigth is not a field of HTTPBackendRef']);
    const release = 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: web\nspec:\n  interval: 10m\n  chart:\n    spec:\n      chart: web\n      sourceRef: {kind: HelmRepository, name: charts}\n  values:\n    any: {nested: [1]}\n';
    expect((await check('yaml', release)).problems).toEqual([]);
  });

  it('reads the inline, intersected types of Istio’s declarations', async () => {
    const service = 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: web\nspec:\n  hosts: [web]\n  http:\n    - route:\n        - destination: {host: web, subset: v1}\n          weight: 90\n';
    expect((await check('yaml', service)).problems).toEqual([]);
    expect((await check('yaml', service.replace('subset: v1', 'subsett: v1'))).problems).toEqual(['x/SKILL.md:18:36 Kubernetes networking.istio.io/v1 VirtualService: spec.http.0.route.0.destination.subsett is not a field there']);
  });

  it('checks each item of a v1 List', async () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a}\n    data: {k: v}\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: b}\n    dat: {k: v}\n`;
    expect((await check('yaml', list)).problems).toEqual(['x/SKILL.md:20:5 Kubernetes items.1: v1 ConfigMap: dat is not a field of ConfigMap']);
  });

  it('fails a kind its API group does not have, and an apiVersion that is not group/version', async () => {
    expect((await check('yaml', deployment.replace('kind: Deployment', 'kind: Deploymnet'))).problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:11:7 Kubernetes manifest: no kind Deploymnet in apps\/v1/)]);
    expect((await check('yaml', deployment.replace('apps/v1', 'apps/v9'))).problems).toEqual([expect.stringMatching(/no kind Deployment in apps\/v9 \(versions known for apps: v1, v1beta1, v1beta2\)/)]);
  });

  it('validates custom resources of the operators it has schemas for', async () => {
    const certificate = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: web-tls\n  dnsNames: [example.com]\n  issuerRef:\n    name: letsencrypt\n';
    expect((await check('yaml', certificate)).problems).toEqual([]);
    expect((await check('yaml', certificate.replace('  secretName: web-tls\n', ''))).problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:15:3 Kubernetes cert-manager.io\/v1 Certificate: spec must have required property secretName/)]);
  });

  it('only parses a resource of an API group it has no schema for, a Helm template, and says so', async () => {
    const unknown = await check('yaml', 'apiVersion: example.com/v1\nkind: Widget\nspec: {size: huge}\n');
    expect(unknown).toEqual({ kinds: ['kubernetes'], problems: [], unchecked: ['example.com/v1 Widget: no schema for this API group'] });
    const helm = await check('yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n');
    expect(helm.problems).toEqual([]);
    expect(helm.unchecked).toEqual([expect.stringContaining('a template')]);
  });

  it('validates a resource whose templates sit inside quoted strings', async () => {
    const result = await check('yaml', deployment.replace('image: nginx:1.27', 'image: "{{ image }}"').replace('replicas: 2', 'replicas: "{{ n }}"'));
    expect(result.problems).toEqual([expect.stringContaining('spec.replicas must be integer')]);
  });

  it('reports an alias bomb instead of expanding it', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, index) => `${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [${Array(10).fill(`*${String.fromCharCode(97 + index)}`).join(', ')}]`)].join('\n');
    expect((await check('yaml', `apiVersion: v1\nkind: ConfigMap\n${bomb}\n`)).problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:10:1 .*alias/i)]);
  });

  it('takes `apiVersion: v3.0.2` of other formats for plain YAML', async () => {
    expect(await check('yaml', 'apiVersion: v3.0.2\nkind: DataContract\nid: orders\n')).toEqual({ kinds: ['yaml'], problems: [], unchecked: [] });
  });

  it('never turns a hostile kind or apiVersion into a module path', async () => {
    for (const [apiVersion, kind] of [['apps/v1', '../../../../etc/passwd'], ['apps/v1', 'constructor'], ['v1', '__proto__'], ['./v1', 'Pod'], ['../v1', 'Pod']]) {
      const result = await check('yaml', `apiVersion: ${JSON.stringify(apiVersion)}\nkind: ${JSON.stringify(kind)}\n`);
      expect(result.problems, `${apiVersion} ${kind}`).toEqual([expect.stringMatching(/^x\/SKILL\.md:11:7 Kubernetes manifest: (kind ".*" is not a kind name|no kind \w+ in|apiVersion ".*" is not group\/version)/)]);
    }
    // Not shaped like a Kubernetes apiVersion at all: plain YAML.
    expect((await check('yaml', 'apiVersion: ../../v1\nkind: Pod\n')).kinds).toEqual(['yaml']);
  });
});

describe('Dockerfiles (dockerfile-utils)', () => {
  const dockerfile = 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\nCMD ["python", "app.py"]\n';

  it('accepts a valid Dockerfile', async () => {
    expect(await check('dockerfile', dockerfile)).toEqual({ kinds: ['dockerfile'], problems: [], unchecked: [] });
  });

  it('fails an error and a warning at their lines', async () => {
    const result = await check('dockerfile', dockerfile.replace('WORKDIR /app', 'MAINTAINER me@example.com').replace('USER 10001', 'EXPOSE 80/tcpx'));
    expect(result.problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:11:1 Dockerfile warning: .*MAINTAINER/), expect.stringMatching(/^x\/SKILL\.md:14:\d+ Dockerfile error: .*tcpx/)]);
  });

  it('holds a sample of mistakes to errors only', async () => {
    const sample = dockerfile.replace('WORKDIR /app', 'MAINTAINER me@example.com');
    expect((await check('dockerfile', sample, { strict: false })).problems).toEqual([]);
    expect((await check('dockerfile', `${sample}FRM alpine\n`, { strict: false })).problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:16:1 Dockerfile error: /)]);
  });
});

describe('SQL (libpg-query for PostgreSQL, node-sql-parser for dialect=mysql and dialect=sqlite)', () => {
  it('accepts valid PostgreSQL and fails invalid PostgreSQL at the right line and column', async () => {
    expect(await check('sql', 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric(12,2));\nSELECT id FROM orders WHERE total::text LIKE $1;\n')).toEqual({ kinds: ['sql'], problems: [], unchecked: [] });
    expect((await check('sql', 'SELECT 1;\nSELECT id\nFORM orders;\n')).problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:12:6 PostgreSQL: syntax error at or near "orders"/)]);
  });

  it('checks PL/pgSQL function bodies', async () => {
    const fn = 'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$;\n';
    expect((await check('sql', fn)).problems).toEqual([]);
    expect((await check('sql', `SELECT 1;\n${fn.replace('now();', 'now()')}`)).problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:11:1 PL\/pgSQL function body: syntax error/)]);
  });

  it('reads client parameters and dbt Jinja as values, and skips Jinja macro definitions', async () => {
    expect((await check('sql', "SELECT * FROM chunks WHERE doc_id = %(doc_id)s AND n > %s AND a = :batch_id AND b::int = 1 AND c = ':not_a_param';")).problems).toEqual([]);
    const model = "{{ config(materialized='table') }}\nwith latest as (\n    {{ latest_per_key(source('shop', 'customers')) }}\n)\nselect id from {{ ref('stg_orders') }} o\n{% if is_incremental() %}\nwhere o.updated_at > (select max(updated_at) from {{ this }})\n{% endif %}\n";
    expect((await check('sql', model)).problems).toEqual([]);
    expect((await check('sql', model.replace('select id', 'selec id'))).problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:14:1 PostgreSQL: /)]);
    expect(await check('sql', '{% macro cents(col) %}({{ col }} / 100.0){% endmacro %}')).toEqual({ kinds: [], problems: [], unchecked: ['a Jinja macro definition, not a statement'] });
  });

  it('rewrites hostile input in linear time', () => {
    const started = Date.now();
    for (const text of ['{{}'.repeat(100_000), '{{x}}\n'.repeat(50_000), '{{x}} '.repeat(50_000), '%('.repeat(50_000), `%(${'a'.repeat(100_000)}`, ':a'.repeat(50_000)]) {
      expect(untemplated(text)).toHaveLength(text.length);
      expect(withPostgresParameters(text)).toHaveLength(text.length);
    }
    expect(Date.now() - started, 'a quadratic scan takes over a minute on the first input alone').toBeLessThan(20_000);
  });

  it('keeps every offset when rewriting parameters and templates', () => {
    const sql = "select {{ x }} from t where a = %(name)s and b = :id -- :c\n{% if y %}";
    expect(untemplated(sql)).toHaveLength(sql.length);
    expect(withPostgresParameters(sql)).toHaveLength(sql.length);
    expect(withPostgresParameters('a = :id and b = \'x :y\' and c::text -- :z')).toBe('a = $1  and b = \'x :y\' and c::text -- :z');
  });

  it('parses dialect=mysql and dialect=sqlite with their own grammars, and refuses an unknown dialect', async () => {
    expect((await check('sql', 'CREATE TABLE t (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;', { dialect: 'mysql' })).problems).toEqual([]);
    expect((await check('sql', 'SELECT 1;\nSELECT * FRM t;', { dialect: 'mysql' })).problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:11:10 MySQL: /)]);
    expect((await check('sql', 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);', { dialect: 'sqlite' })).problems).toEqual([]);
    expect((await check('sql', 'SELEC 1;', { dialect: 'sqlite' })).problems).toEqual([expect.stringMatching(/^x\/SKILL\.md:10:7 SQLite: /)]);
    expect((await check('sql', 'SELECT 1;', { dialect: 'oracle' })).problems).toEqual([expect.stringMatching(/no SQL parser for dialect=oracle; use one of dialect=postgres, dialect=mysql, dialect=sqlite/)]);
  });
});

describe('finding config examples', () => {
  const root = mkdtempSync(join(tmpdir(), 'skillpack-config-examples-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const skill = join(root, 'skill');
  mkdirSync(join(skill, 'assets', 'workflows'), { recursive: true });
  writeFileSync(
    join(skill, 'SKILL.md'),
    '---\nname: skill\ndescription: x\n---\n\n```dockerfile\nFROM alpine:3.20\n```\n\n```sql dialect=mysql\nSELECT 1;\n```\n\n```sql partial\nWHERE x\n```\n\n```bash run\npython3 scripts/check.py assets/workflows || test $? -eq 1\n```\n',
  );
  writeFileSync(join(skill, 'assets', 'workflows', 'ci.yml'), 'on: push\njobs: {}\n');
  writeFileSync(join(skill, 'assets', 'app.Dockerfile'), 'FROM alpine:3.20\n');
  writeFileSync(join(skill, 'assets', 'schema.sql'), 'SELECT 1;\n');
  writeFileSync(join(skill, 'assets', 'notes.txt'), 'not a config\n');
  mkdirSync(join(skill, 'scripts'));
  writeFileSync(join(skill, 'scripts', 'defaults.yaml'), 'a: 1\n');
  writeFileSync(join(skill, 'scripts', 'check.py'), 'print(1)\n');

  it('collects dockerfile and sql blocks with their dialect, and config files in assets/ and scripts/, a checker’s samples held to parsing only', () => {
    const configs = findExamples(root, root).configs;
    expect(configs.map((c) => [c.id, c.language, c.dialect, c.strict, c.firstLine])).toEqual([
      ['skill/assets/app.Dockerfile', 'dockerfile', undefined, true, 1],
      ['skill/assets/schema.sql', 'sql', undefined, true, 1],
      ['skill/assets/workflows/ci.yml', 'yaml', undefined, false, 1],
      ['skill/scripts/defaults.yaml', 'yaml', undefined, true, 1],
      ['skill/SKILL.md:6', 'dockerfile', undefined, true, 7],
      ['skill/SKILL.md:10', 'sql', 'mysql', true, 11],
    ]);
  });
});
