/**
 * A fast path for the frontmatter most skills have: `key: value` lines with plain or quoted string
 * values and at most one level of nested `  key: value` mappings. It returns null for anything else
 * (comments, lists, block scalars, numbers, booleans, anchors, tabs, CRLF, duplicate keys, …), and
 * the caller then uses the full YAML parser. For what it accepts it gives the same values and source
 * ranges as that parser (tests/yaml-simple.test.ts compares them).
 */

export interface SimplePair {
  key: string;
  keyRange: [number, number];
  valueRange: [number, number];
  value: string | null | SimplePair[];
}

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NOT_STRING_KEY = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
const NON_STRING_PLAIN = /^(?:[-+.0-9~]|(?:null|true|false)$)/i;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * Parses `text` if it is in the simple subset, else returns null. With `literalColons`, a plain value
 * may hold `: ` and is taken literally, as lenient frontmatter readers take it (strict YAML rejects it).
 */
export function parseSimpleYaml(text: string, { literalColons = false } = {}): SimplePair[] | null {
  if (text.includes('\r') || text.includes('\t')) return null;
  const pairs: SimplePair[] = [];
  let parent: SimplePair | null = null;
  let offset = 0;
  while (offset < text.length) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    const line = text.slice(offset, end);
    const nested = line.startsWith('  ');
    if (nested) {
      if (parent === null || line.startsWith('   ')) return null;
      const pair = parseLine(line.slice(2), offset + 2, literalColons);
      if (pair === null || typeof pair.value !== 'string') return null;
      const children = parent.value as SimplePair[];
      if (children.some((child) => child.key === pair.key)) return null;
      children.push(pair);
      parent.valueRange = [children[0]!.keyRange[0], Math.min(end + 1, text.length)];
    } else {
      if (parent !== null && (parent.value as SimplePair[]).length === 0) {
        parent.value = null;
        parent.valueRange = [parent.keyRange[1] + 1, parent.keyRange[1] + 1];
      }
      parent = null;
      const pair = parseLine(line, offset, literalColons);
      if (pair === null || pairs.some((other) => other.key === pair.key)) return null;
      pairs.push(pair);
      if (pair.value === null) {
        pair.value = [];
        parent = pair;
      }
    }
    offset = end + 1;
  }
  if (parent !== null && (parent.value as SimplePair[]).length === 0) {
    parent.value = null;
    parent.valueRange = [parent.keyRange[1] + 1, parent.keyRange[1] + 1];
  }
  return pairs.length > 0 ? pairs : null;
}

/** One `key: value` or `key:` line; the value is null for `key:` (a nested mapping or an empty value follows). */
function parseLine(line: string, start: number, literalColons: boolean): SimplePair | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const key = line.slice(0, colon);
  if (!KEY.test(key) || NOT_STRING_KEY.test(key)) return null;
  const keyRange: [number, number] = [start, start + colon];
  const rest = line.slice(colon + 1);
  if (rest === '') return { key, keyRange, valueRange: [start + colon + 1, start + colon + 1], value: null };
  if (!rest.startsWith(' ')) return null;
  const leading = rest.length - rest.trimStart().length;
  const raw = rest.trimEnd().slice(leading);
  if (raw === '') return null;
  const valueStart = start + colon + 1 + leading;
  const value = scalar(raw, literalColons);
  if (value === null) return null;
  return { key, keyRange, valueRange: [valueStart, valueStart + raw.length], value };
}

function scalar(raw: string, literalColons: boolean): string | null {
  if (raw.startsWith('"')) {
    if (raw.length < 2 || !raw.endsWith('"')) return null;
    const inner = raw.slice(1, -1);
    if (/\\(?!["\\])/.test(inner)) return null;
    let value = '';
    for (let i = 0; i < inner.length; i++) {
      const char = inner[i]!;
      if (char === '"') return null;
      if (char === '\\') value += inner[++i]!;
      else value += char;
    }
    return value;
  }
  if (raw.startsWith("'")) {
    if (raw.length < 2 || !raw.endsWith("'")) return null;
    const inner = raw.slice(1, -1);
    if (inner.replace(/''/g, '').includes("'")) return null;
    return inner.replace(/''/g, "'");
  }
  if (INDICATOR.test(raw) || NON_STRING_PLAIN.test(raw)) return null;
  if ((raw.includes(': ') && !literalColons) || raw.includes(' #') || raw.endsWith(':')) return null;
  if (/[\u0000-\u001f\u007f-\u009f\ufeff\u2028\u2029]/.test(raw)) return null;
  return raw;
}
