import { existsSync, readdirSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isCollection, isMap, isScalar, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { unknownFields } from './kubernetes-fields.ts';

/**
 * Validators for the catalog's config examples, each a maintained parser or schema for its format:
 * GitHub's own workflow parser, the Kubernetes OpenAPI schemas (and those of the CRDs of common
 * operators; unknown fields from `kubernetes-fields.ts`), a Dockerfile linter, PostgreSQL's own grammar
 * and, for other SQL dialects, node-sql-parser. All of them run offline.
 */

export type SqlDialect = 'postgres' | 'mysql' | 'sqlite';
export const SQL_DIALECTS: readonly SqlDialect[] = ['postgres', 'mysql', 'sqlite'];

/** What a validated block turned out to be. */
export type ConfigKind = 'json' | 'yaml' | 'github-workflow' | 'kubernetes' | 'dockerfile' | 'sql';

export interface ConfigSource {
  /** The file relative to the display root. */
  file: string;
  /** Line of the block's first content line in the file. */
  firstLine: number;
  language: 'json' | 'yaml' | 'dockerfile' | 'sql';
  /** For `sql`: the dialect, or the unknown name given in `dialect=`. */
  dialect?: string;
  code: string;
  /**
   * False for a sample of mistakes (an asset a skill's checker is shown finding problems in): it must
   * parse, but is held to no schema and no lint warning.
   */
  strict: boolean;
}

export interface ConfigCheck {
  /** The validators that ran, one entry per document checked. */
  kinds: ConfigKind[];
  /** `file:line:column message`, one per problem. */
  problems: string[];
  /** What was only parsed, and why (no schema for its kind, a template). */
  unchecked: string[];
}

const require = createRequire(import.meta.url);

export async function checkConfig(source: ConfigSource): Promise<ConfigCheck> {
  const check: ConfigCheck = { kinds: [], problems: [], unchecked: [] };
  if (source.language === 'json') checkJson(source, check);
  else if (source.language === 'yaml') await checkYaml(source, check);
  else if (source.language === 'dockerfile') checkDockerfile(source, check);
  else await checkSql(source, check);
  return check;
}

const at = (source: ConfigSource, line: number, column: number) => `${source.file}:${source.firstLine + line - 1}:${column}`;

function checkJson(source: ConfigSource, check: ConfigCheck): void {
  check.kinds.push('json');
  try {
    JSON.parse(source.code);
  } catch (error) {
    const message = (error as Error).message;
    const position = /\(line (\d+) column (\d+)\)/.exec(message);
    check.problems.push(`${position ? at(source, Number(position[1]), Number(position[2])) : at(source, 1, 1)} ${message} (mark the block \`json partial\` if it is a fragment on purpose)`);
  }
}

// ---------------------------------------------------------------- YAML, workflows, Kubernetes manifests

async function checkYaml(source: ConfigSource, check: ConfigCheck): Promise<void> {
  const lines = new LineCounter();
  const documents = parseAllDocuments(source.code, { lineCounter: lines, logLevel: 'error' });
  const list = Array.isArray(documents) ? documents : [];
  for (const document of list) {
    const error = document.errors[0];
    if (!error) continue;
    const [line, column] = error.linePos ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    const first = error.message.split('\n', 1)[0]!;
    const cut = first.lastIndexOf(' at line ');
    check.kinds.push('yaml');
    check.problems.push(`${at(source, line, column)} ${cut > 0 ? first.slice(0, cut) : first} (mark the block \`yaml partial\` if it is a fragment on purpose)`);
    return;
  }
  for (const document of list) {
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const { line, col } = lines.linePos(document.range?.[0] ?? 0);
      check.kinds.push('yaml');
      check.problems.push(`${at(source, line, col)} ${(error as Error).message}`);
      continue;
    }
    const position = (offset: number) => lines.linePos(offset);
    if (isRecord(value) && 'on' in value && 'jobs' in value) {
      check.kinds.push('github-workflow');
      if (source.strict) await checkWorkflow(source, document, check);
      else check.unchecked.push('a sample of mistakes: GitHub Actions workflow parsed only');
    } else if (isRecord(value) && typeof value.apiVersion === 'string' && KUBERNETES_API_VERSION.test(value.apiVersion) && typeof value.kind === 'string') {
      check.kinds.push('kubernetes');
      if (!source.strict) check.unchecked.push(`a sample of mistakes: ${value.apiVersion} ${value.kind} parsed only`);
      else if (isTemplate(document)) check.unchecked.push(`${value.apiVersion} ${value.kind}: a template ({{ … }}), parsed only`);
      else if (value.apiVersion === 'v1' && value.kind === 'List' && Array.isArray(value.items)) {
        // kubectl's client-side list: each item is a manifest of its own
        for (const [index, item] of value.items.entries()) {
          if (isRecord(item) && typeof item.apiVersion === 'string' && typeof item.kind === 'string') await checkManifest(source, document, ['items', index], item as KubernetesObject, position, check);
          else check.problems.push(`${at(source, 1, 1)} Kubernetes v1 List: items.${index} has no apiVersion and kind`);
        }
      } else await checkManifest(source, document, [], value as KubernetesObject, position, check);
    } else {
      check.kinds.push('yaml');
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A Helm or Jinja template: an unquoted `{{ … }}` reads as a mapping used as a key. (Templates inside
 * quoted strings, as Argo's `{{args.name}}`, leave the structure alone and are validated.)
 */
function isTemplate(document: Document): boolean {
  let found = false;
  visit(document, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return undefined;
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/** The document's text, preceded by as many empty lines as come before it in the block, so lines match. */
function documentText(code: string, document: Document): string {
  const [start, , end] = document.range ?? [0, code.length, code.length];
  let before = 0;
  for (let index = 0; index < start; index++) if (code.charCodeAt(index) === 10) before++;
  return '\n'.repeat(before) + code.slice(start, end);
}

type WorkflowParser = typeof import('@actions/workflow-parser');
let workflowParser: Promise<WorkflowParser> | undefined;

/**
 * The package imports its schema as JSON without the `type: 'json'` attribute that Node requires (bundlers
 * do not): a load hook adds it, for that package's own files only.
 */
function loadWorkflowParser(): Promise<WorkflowParser> {
  const root = new URL('.', import.meta.resolve('@actions/workflow-parser')).href;
  registerHooks({
    load(url, context, next) {
      if (url.startsWith(root) && url.endsWith('.json')) return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
      return next(url, context);
    },
  });
  return import('@actions/workflow-parser');
}

async function checkWorkflow(source: ConfigSource, document: Document, check: ConfigCheck): Promise<void> {
  workflowParser ??= loadWorkflowParser();
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await workflowParser;
  const result = parseWorkflow({ name: source.file, content: documentText(source.code, document) }, new NoOperationTraceWriter());
  // Converting checks what the schema cannot: `needs` naming unknown jobs, cycles, matrix and concurrency rules.
  if (result.value && result.context.errors.count === 0) await convertWorkflowTemplate(result.context, result.value);
  for (const error of result.context.errors.getErrors()) {
    const start = error.range?.start;
    check.problems.push(`${at(source, start?.line ?? 1, start?.column ?? 1)} GitHub Actions workflow: ${error.rawMessage}`);
  }
}

interface KubernetesObject {
  apiVersion: string;
  kind: string;
  [field: string]: unknown;
}

interface Model {
  validate(): void;
}
type ModelClass = (new (data: unknown) => Model) & { apiVersion?: string; kind?: string };

/** Packages of Kubernetes models: the built-in API first, then the CRDs of common operators. */
const MODEL_PACKAGES = [
  'kubernetes-models',
  '@kubernetes-models/argo-cd',
  '@kubernetes-models/argo-rollouts',
  '@kubernetes-models/cert-manager',
  '@kubernetes-models/external-secrets',
  '@kubernetes-models/flux-cd',
  '@kubernetes-models/gateway-api',
  '@kubernetes-models/grafana-operator',
  '@kubernetes-models/istio',
  '@kubernetes-models/kyverno',
  '@kubernetes-models/prometheus-operator',
];

/** Shaped like a Kubernetes apiVersion (`v1`, `apps/v1`), unlike the `apiVersion: v3.0.2` of other formats. */
const KUBERNETES_API_VERSION = /^(?:[a-z0-9.-]+\/)?v[0-9][a-z0-9]*$/;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const VERSION = /^v[0-9]+(?:(?:alpha|beta)[0-9]+)?$/;
const GROUP = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

let groupIndex: Map<string, string[]> | undefined;

/** API group (`''` for the core group) → the packages that have models for it. */
function modelGroups(): Map<string, string[]> {
  if (groupIndex) return groupIndex;
  groupIndex = new Map();
  for (const name of MODEL_PACKAGES) {
    const root = dirname(require.resolve(`${name}/package.json`));
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
      // The core group's versions (`v1`) sit at the top of `kubernetes-models`, beside the named groups.
      const group = VERSION.test(entry.name) ? '' : entry.name;
      const packages = groupIndex.get(group) ?? [];
      if (!packages.includes(root)) packages.push(root);
      groupIndex.set(group, packages);
    }
  }
  return groupIndex;
}

/**
 * The model class for an apiVersion and kind with the file it is declared in, `null` when no installed
 * package knows the group, or why the kind is unknown.
 */
async function modelFor(apiVersion: string, kind: string): Promise<{ model: ModelClass; file: string } | null | string> {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  if (!VERSION.test(version) || (group !== '' && !GROUP.test(group))) return `apiVersion "${apiVersion}" is not group/version`;
  if (!NAME.test(kind)) return `kind "${kind}" is not a kind name`;
  const packages = modelGroups().get(group);
  if (!packages) return null;
  for (const root of packages) {
    const file = group === '' ? join(root, version, `${kind}.js`) : join(root, group, version, `${kind}.js`);
    if (!existsSync(file)) continue;
    const exported = ((await import(pathToFileURL(file).href)) as Record<string, unknown>)[kind] as ModelClass | undefined;
    if (exported && exported.apiVersion === apiVersion && exported.kind === kind) return { model: exported, file };
  }
  const versions = packages.flatMap((root) => {
    try {
      return readdirSync(group === '' ? root : join(root, group)).filter((name) => VERSION.test(name));
    } catch {
      return [];
    }
  });
  return `no kind ${kind} in ${apiVersion} (versions known for ${group || 'the core group'}: ${[...new Set(versions)].sort().join(', ')})`;
}

interface SchemaError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Checks the object at `base` in the document (the root, or an item of a `v1 List`). */
async function checkManifest(source: ConfigSource, document: Document, base: Array<string | number>, value: KubernetesObject, position: (offset: number) => { line: number; col: number }, check: ConfigCheck): Promise<void> {
  const label = `${base.length ? `${base.join('.')}: ` : ''}${value.apiVersion} ${value.kind}`;
  const where = (path: Array<string | number>) => {
    const node = (document.getIn([...base, ...path], true) ?? document.getIn(base, true)) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0] ?? (document.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    const { line, col } = position(offset);
    return at(source, line, col);
  };
  const found = await modelFor(value.apiVersion, value.kind);
  if (found === null) {
    check.unchecked.push(`${label}: no schema for this API group`);
    return;
  }
  if (typeof found === 'string') {
    check.problems.push(`${where(['kind'])} Kubernetes manifest: ${found}`);
    return;
  }
  for (const { path, typeName } of unknownFields(value, `${found.file.slice(0, -'.js'.length)}.d.ts`)) {
    const key = path.at(-1)!;
    const parent = document.getIn([...base, ...path.slice(0, -1)], true);
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key)) : undefined;
    const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
    if (!keyNode) {
      check.problems.push(`${where(path)} Kubernetes ${label}: ${path.join('.')} is not a field${typeName ? ` of ${typeName}` : ' there'}`);
      continue;
    }
    const { line, col } = position(keyNode.range?.[0] ?? 0);
    check.problems.push(`${at(source, line, col)} Kubernetes ${label}: ${path.join('.')} is not a field${typeName ? ` of ${typeName}` : ' there'}`);
  }
  try {
    new found.model(value).validate();
  } catch (error) {
    const errors = (error as { errors?: SchemaError[] }).errors;
    if (!Array.isArray(errors)) {
      check.problems.push(`${where([])} Kubernetes ${label}: ${(error as Error).message}`);
      return;
    }
    for (const item of errors) {
      const path = item.instancePath.split('/').slice(1).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
      const keys = path.map((part) => (/^[0-9]+$/.test(part) ? Number(part) : part));
      const field = item.instancePath ? item.instancePath.slice(1).replaceAll('/', '.') : '(document)';
      check.problems.push(`${where(keys)} Kubernetes ${label}: ${field} ${item.message ?? 'is invalid'}`);
    }
  }
}

// ---------------------------------------------------------------- Dockerfile

type DockerfileUtils = typeof import('dockerfile-utils');
let dockerfileUtils: DockerfileUtils | undefined;

function checkDockerfile(source: ConfigSource, check: ConfigCheck): void {
  dockerfileUtils ??= require('dockerfile-utils') as DockerfileUtils;
  check.kinds.push('dockerfile');
  const ERROR = 1;
  for (const diagnostic of dockerfileUtils.validate(source.code)) {
    if (!source.strict && diagnostic.severity !== ERROR) continue;
    const { line, character } = diagnostic.range.start;
    check.problems.push(`${at(source, line + 1, character + 1)} Dockerfile ${diagnostic.severity === ERROR ? 'error' : 'warning'}: ${diagnostic.message}`);
  }
}

// ---------------------------------------------------------------- SQL

type PgQuery = typeof import('libpg-query');
let pgQuery: Promise<PgQuery> | undefined;

async function checkSql(source: ConfigSource, check: ConfigCheck): Promise<void> {
  const dialect = source.dialect ?? 'postgres';
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect)) {
    check.kinds.push('sql');
    check.problems.push(`${at(source, 0, 1)} no SQL parser for dialect=${dialect}; use one of ${SQL_DIALECTS.map((name) => `dialect=${name}`).join(', ')} (or \`sql partial\` for a fragment)`);
    return;
  }
  if (/\{%-?\s*macro\b/.test(source.code)) {
    check.unchecked.push('a Jinja macro definition, not a statement');
    return;
  }
  check.kinds.push('sql');
  const sql = untemplated(source.code);
  if (dialect === 'postgres') {
    pgQuery ??= import('libpg-query').then(async (module) => {
      await module.loadModule();
      return module;
    });
    const { parseSync, parsePlPgSQLSync } = await pgQuery;
    const statements = withPostgresParameters(sql);
    try {
      parseSync(statements);
    } catch (error) {
      const offset = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition ?? 0;
      const { line, column } = lineColumn(sql, Math.max(0, offset));
      check.problems.push(`${at(source, line, column)} PostgreSQL: ${(error as Error).message} (mark the block \`sql dialect=mysql\` or \`sql dialect=sqlite\` for another engine, \`sql partial\` for a fragment)`);
      return;
    }
    if (!/plpgsql/i.test(statements)) return;
    try {
      parsePlPgSQLSync(statements);
    } catch (error) {
      // The PL/pgSQL parser gives no position inside a function body: point at the function.
      const { line, column } = lineColumn(sql, Math.max(0, statements.search(/create\s+(?:or\s+replace\s+)?(?:function|procedure)/i)));
      check.problems.push(`${at(source, line, column)} PL/pgSQL function body: ${(error as Error).message}`);
    }
    return;
  }
  const { Parser } = require(`node-sql-parser/build/${dialect === 'mysql' ? 'mysql' : 'sqlite'}`) as typeof import('node-sql-parser');
  try {
    new Parser().astify(sql, { database: dialect === 'mysql' ? 'MySQL' : 'sqlite' });
  } catch (error) {
    const start = (error as { location?: { start?: { line: number; column: number } } }).location?.start;
    check.problems.push(`${at(source, start?.line ?? 1, start?.column ?? 1)} ${dialect === 'mysql' ? 'MySQL' : 'SQLite'}: ${(error as Error).message}`);
  }
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * dbt's Jinja made parseable, every offset kept: a `{% … %}` tag and a `{{ … }}` alone on its lines become
 * blanks (`select 1` right after an opening parenthesis, where a macro call renders a subquery), an
 * inline `{{ … }}` an identifier of the same length (it stands for a relation or a value).
 */
export function untemplated(sql: string): string {
  const parts: string[] = [];
  let copied = 0;
  let lastVisible = '';
  // Where a search for a closing delimiter found none: a later opener need not search again.
  const unclosedFrom = new Map<string, number>();
  const isBlank = (char: string | undefined) => char === ' ' || char === '\t' || char === '\r';
  for (let index = sql.indexOf('{'); index >= 0 && index < sql.length - 1; ) {
    const next = sql[index + 1];
    const close = next === '{' ? '}}' : next === '%' ? '%}' : next === '#' ? '#}' : null;
    const end = !close || index >= (unclosedFrom.get(close) ?? Infinity) ? -1 : sql.indexOf(close, index + 2);
    if (close && end < 0 && !unclosedFrom.has(close)) unclosedFrom.set(close, index);
    if (end < 0) {
      index = sql.indexOf('{', index + 1);
      continue;
    }
    const before = sql.slice(copied, index);
    parts.push(before);
    lastVisible = before.trimEnd().at(-1) ?? lastVisible;
    let left = index - 1;
    while (isBlank(sql[left])) left--;
    let right = end + 2;
    while (isBlank(sql[right])) right++;
    const alone = (left < 0 || sql[left] === '\n') && (right >= sql.length || sql[right] === '\n');
    const tag = sql.slice(index, end + 2);
    const replacement = next !== '{' ? blank(tag) : !alone ? `j${'_'.repeat(tag.length - 1)}` : lastVisible === '(' && tag.length >= 8 ? `select 1${blank(tag.slice(8))}` : blank(tag);
    parts.push(replacement);
    lastVisible = replacement.trimEnd().at(-1) ?? lastVisible;
    copied = end + 2;
    index = sql.indexOf('{', copied);
  }
  parts.push(sql.slice(copied));
  return parts.join('');
}

/**
 * Client-side parameters (`%(name)s`, `%s` of Python drivers, `:name` of psql and named binds) written as
 * PostgreSQL's `$1`, padded to the same length so that offsets stay right. Strings and comments are left alone.
 */
export function withPostgresParameters(sql: string): string {
  let out = '';
  let index = 0;
  while (index < sql.length) {
    const char = sql[index]!;
    if (char === "'" || char === '"') {
      const end = sql.indexOf(char, index + 1);
      const stop = end < 0 ? sql.length : end + 1;
      out += sql.slice(index, stop);
      index = stop;
    } else if (char === '-' && sql[index + 1] === '-') {
      const end = sql.indexOf('\n', index);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(index, stop);
      index = stop;
    } else if (char === '%' && sql[index + 1] === 's') {
      out += '$1';
      index += 2;
    } else if (char === '%' && sql[index + 1] === '(' && /[A-Za-z_]/.test(sql[index + 2] ?? '')) {
      let end = index + 3;
      while (end < sql.length && /[A-Za-z0-9_]/.test(sql[end]!)) end++;
      if (sql[end] !== ')' || sql[end + 1] !== 's') {
        out += char;
        index++;
        continue;
      }
      out += '$1'.padEnd(end + 2 - index, ' ');
      index = end + 2;
    } else if (char === ':' && /[A-Za-z_]/.test(sql[index + 1] ?? '') && !/[A-Za-z0-9_:\]]/.test(sql[index - 1] ?? ' ')) {
      let end = index + 1;
      while (end < sql.length && /[A-Za-z0-9_]/.test(sql[end]!)) end++;
      out += '$1'.padEnd(end - index, ' ');
      index = end;
    } else {
      out += char;
      index++;
    }
  }
  return out;
}
