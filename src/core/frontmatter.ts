import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { Span } from './diagnostics.ts';
import type { LineIndex } from './text.ts';
import { parseSimpleYaml, type SimplePair } from './yaml-simple.ts';

export const FRONTMATTER_RULE = 'frontmatter-syntax';

/** A key of the frontmatter with where its key and value stand in the original file. */
export interface FieldInfo {
  key: string;
  value: unknown;
  keySpan: Span;
  valueSpan: Span;
  /** The value exactly as written in the file (used in messages, e.g. `1.0` before YAML turns it into 1). */
  source: string;
}

export interface Frontmatter {
  data: Record<string, unknown>;
  fields: Map<string, FieldInfo>;
  /** Entries of the `metadata` mapping, when it is one. */
  metadataFields: Map<string, FieldInfo>;
  /**
   * Values strict YAML rejects (an unquoted `: ` inside) but lenient readers take literally; the data
   * above holds that literal reading. The frontmatter-syntax rule reports them, by profile.
   */
  lenientValues: Array<{ key: string; span: Span; strictError: string }>;
  /** 1-based line of the opening and closing `---`. */
  openLine: number;
  closeLine: number;
}

export interface FrontmatterProblem {
  message: string;
  span: Span;
}

export interface SplitResult {
  frontmatter: Frontmatter | null;
  /** The Markdown after the closing fence. */
  body: string;
  /** Offset and 1-based line of the body's first character in the original text. */
  bodyOffset: number;
  bodyLine: number;
  problems: FrontmatterProblem[];
}

const FENCE = /^---[ \t]*$/;

/** Frontmatter holds a name, a description of at most 1,024 characters and a few short fields; far more is an attack on the YAML parser. */
export const MAX_FRONTMATTER_CHARS = 16 * 1024;

/**
 * Splits a SKILL.md into frontmatter and body and parses the frontmatter as YAML.
 *
 * The fences are located line by line: only a line that is exactly `---` opens or closes, so a
 * language tag after the opening fence (`---js`, which some front-matter readers run as JavaScript)
 * is refused, and a line inside that merely starts with `---` (which those readers take as the
 * closing fence) is reported.
 */
export function splitFrontmatter(text: string, lines: LineIndex, options: { fastPath?: boolean } = {}): SplitResult {
  const problems: FrontmatterProblem[] = [];
  const noFrontmatter = (message: string, line = 1, column = 1): SplitResult => {
    problems.push({ message, span: { start: { line, column } } });
    return { frontmatter: null, body: text, bodyOffset: 0, bodyLine: 1, problems };
  };

  if (text.length === 0) return noFrontmatter('File is empty; a skill starts with YAML frontmatter between `---` lines');
  const firstLine = lines.lineText(1);
  if (!firstLine.startsWith('---')) {
    const fenceLine = findFenceLine(lines, 1);
    if (fenceLine !== null && /^\s*$/.test(text.slice(0, lines.lineStart(fenceLine)))) {
      return noFrontmatter('Frontmatter must start on the first line; remove the blank lines or spaces before `---`', fenceLine, 1);
    }
    return noFrontmatter('File must start with YAML frontmatter: a `---` line, `name` and `description`, then a closing `---` line');
  }
  if (!FENCE.test(firstLine)) {
    const tag = firstLine.slice(3).trim();
    return noFrontmatter(
      tag
        ? `Frontmatter language tag "${tag}" is not allowed; only YAML frontmatter is read, so the opening line must be exactly \`---\``
        : 'The opening frontmatter line must be exactly `---`',
      1,
      4,
    );
  }

  const closeLine = findFenceLine(lines, 2);
  if (closeLine === null) {
    return noFrontmatter('Frontmatter is not closed; add a line with only `---` after the last field', 1, 1);
  }

  const yamlStart = lines.lineStart(2)!;
  const yamlEnd = lines.lineStart(closeLine)!;
  if (yamlEnd - yamlStart > MAX_FRONTMATTER_CHARS) {
    return noFrontmatter(
      `Frontmatter is ${yamlEnd - yamlStart} characters long; the limit is ${MAX_FRONTMATTER_CHARS}. Keep it to the fields agents list (move long text into the body)`,
      2,
      1,
    );
  }
  const yamlText = text.slice(yamlStart, yamlEnd);
  const afterClose = lines.lineStart(closeLine + 1);
  const bodyOffset = afterClose === undefined ? text.length : afterClose;

  const parsed = parseYaml(yamlText, yamlStart, lines, problems, options.fastPath !== false);

  const ambiguous = lineStartingWithFence(lines, 2, closeLine);
  if (ambiguous !== null) {
    problems.push({
      message: 'A line inside the frontmatter starts with `---`; indent or quote it so the closing fence is unambiguous',
      span: { start: { line: ambiguous, column: 1 } },
    });
  }

  return {
    frontmatter: parsed && { ...parsed, openLine: 1, closeLine },
    body: text.slice(bodyOffset),
    bodyOffset,
    bodyLine: afterClose === undefined ? closeLine : closeLine + 1,
    problems,
  };
}

function findFenceLine(lines: LineIndex, fromLine: number): number | null {
  for (let line = fromLine; lines.lineStart(line) !== undefined; line++) {
    if (FENCE.test(lines.lineText(line))) return line;
  }
  return null;
}

/** The first line in [fromLine, toLine) that starts with `---`: where other front-matter readers would close the block. */
function lineStartingWithFence(lines: LineIndex, fromLine: number, toLine: number): number | null {
  for (let line = fromLine; line < toLine; line++) {
    if (lines.lineText(line).startsWith('---')) return line;
  }
  return null;
}

type ParsedYaml = Omit<Frontmatter, 'openLine' | 'closeLine'>;

function parseYaml(yamlText: string, yamlStart: number, lines: LineIndex, problems: FrontmatterProblem[], fastPath: boolean): ParsedYaml | null {
  const spanOf = (range: readonly number[] | null | undefined): Span => {
    const start = range?.[0] ?? 0;
    const end = range?.[1] ?? start;
    return { start: lines.pointAt(yamlStart + start), end: lines.pointAt(yamlStart + end) };
  };

  const simple = fastPath ? parseSimpleYaml(yamlText) : null;
  if (simple) return fromSimple(simple, yamlText, spanOf);

  const doc = parseDocument(yamlText, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
  });

  const yamlErrors = [...doc.errors, ...doc.warnings];
  if (doc.errors.length > 0) {
    const lenient = lenientReading(yamlText, describeYamlError(doc.errors[0]!.code, doc.errors[0]!.message), spanOf);
    if (lenient) return lenient;
  }
  let failed = false;
  for (const error of yamlErrors) {
    failed = true;
    problems.push({ message: `Invalid YAML: ${describeYamlError(error.code, error.message)}`, span: spanOf(error.pos) });
  }

  // Anchors, aliases and tags all need one of these characters; most frontmatter has none, so skip the walk.
  if (/[&*!]/.test(yamlText)) visit(doc, {
    Alias(_, node) {
      failed = true;
      problems.push({ message: 'YAML aliases (`*name`) are not allowed in frontmatter; write the value out', span: spanOf(node.range) });
    },
    Node(_, node) {
      if (node.anchor) {
        failed = true;
        const start = node.range?.[0] ?? 0;
        const anchorAt = yamlText.lastIndexOf(`&${node.anchor}`, start);
        problems.push({ message: 'YAML anchors (`&name`) are not allowed in frontmatter', span: spanOf(anchorAt === -1 ? node.range : [anchorAt, start]) });
      }
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        failed = true;
        problems.push({ message: `YAML tag "${node.tag}" is not allowed in frontmatter`, span: spanOf(node.range) });
      }
    },
  });
  if (failed) return null;

  const contents = doc.contents;
  if (contents === null) {
    problems.push({ message: 'Frontmatter is empty; add `name` and `description`', span: { start: lines.pointAt(yamlStart) } });
    return { data: {}, fields: new Map(), metadataFields: new Map(), lenientValues: [] };
  }
  if (!isMap(contents)) {
    problems.push({ message: 'Frontmatter must be a YAML mapping of `key: value` lines', span: spanOf(contents.range) });
    return null;
  }

  const data = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  const fields = collectFields(contents.items, yamlText, spanOf);
  const metadataNode = contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'metadata')?.value;
  const metadataFields = isMap(metadataNode) ? collectFields(metadataNode.items, yamlText, spanOf) : new Map<string, FieldInfo>();
  return { data, fields, metadataFields, lenientValues: [] };
}

/**
 * The frontmatter as lenient readers take it when strict YAML fails only on values holding `: `
 * (`description: Formats dates: use when…`): each such value read literally. Null when that reading
 * does not explain the failure either.
 */
function lenientReading(yamlText: string, strictError: string, spanOf: (range: readonly number[]) => Span): ParsedYaml | null {
  const pairs = parseSimpleYaml(yamlText, { literalColons: true });
  if (!pairs) return null;
  const parsed = fromSimple(pairs, yamlText, spanOf);
  for (const pair of pairs.flatMap((pair) => (Array.isArray(pair.value) ? pair.value : [pair]))) {
    const source = yamlText.slice(pair.valueRange[0], pair.valueRange[1]);
    if (typeof pair.value === 'string' && source.includes(': ') && !/^["']/.test(source)) {
      parsed.lenientValues.push({ key: pair.key, span: spanOf(pair.valueRange), strictError });
    }
  }
  return parsed.lenientValues.length > 0 ? parsed : null;
}

function fromSimple(pairs: SimplePair[], yamlText: string, spanOf: (range: readonly number[]) => Span): ParsedYaml {
  const toField = (pair: SimplePair): FieldInfo => ({
    key: pair.key,
    value: Array.isArray(pair.value) ? Object.fromEntries(pair.value.map((child) => [child.key, child.value])) : pair.value,
    keySpan: spanOf(pair.keyRange),
    valueSpan: spanOf(pair.valueRange),
    source: yamlText.slice(pair.valueRange[0], pair.valueRange[1]),
  });
  const fields = new Map(pairs.map((pair) => [pair.key, toField(pair)]));
  const data = Object.fromEntries([...fields.values()].map((field) => [field.key, field.value]));
  const metadata = pairs.find((pair) => pair.key === 'metadata');
  const metadataFields = new Map(Array.isArray(metadata?.value) ? metadata.value.map((child) => [child.key, toField(child)]) : []);
  return { data, fields, metadataFields, lenientValues: [] };
}

function collectFields(
  items: ReadonlyArray<{ key: unknown; value: unknown }>,
  yamlText: string,
  spanOf: (range: readonly number[] | null | undefined) => Span,
): Map<string, FieldInfo> {
  const fields = new Map<string, FieldInfo>();
  for (const pair of items) {
    const keyNode = pair.key as YamlNode | null;
    const valueNode = pair.value as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyRange = keyNode?.range;
    const valueRange = valueNode?.range ?? (keyRange ? [keyRange[1], keyRange[1]] : undefined);
    fields.set(key, {
      key,
      value: valueNode === null ? null : toPlain(valueNode),
      keySpan: spanOf(keyRange),
      valueSpan: spanOf(valueRange),
      source: valueRange ? yamlText.slice(valueRange[0], valueRange[1]) : '',
    });
  }
  return fields;
}

function toPlain(node: YamlNode): unknown {
  if (isScalar(node)) return node.value;
  if (isAlias(node)) return null;
  if (isSeq(node) || isMap(node)) return node.toJSON();
  return null;
}

function describeYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return `${message}; each key may appear only once`;
  return message.replace(/\s+/g, ' ').trim();
}
