import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Fields a Kubernetes object has that its API does not define, as `kubectl apply --validate=strict`
 * reports them. The compiled schemas of `kubernetes-models` check types and required fields but let
 * unknown fields pass; the field lists come from the TypeScript declarations those packages generate from
 * the same OpenAPI documents (`export interface IDeploymentSpec { "replicas"?: number; … }`), read with a
 * small parser for the subset of TypeScript they use.
 */

type FieldType =
  | { kind: 'ref'; name: string; file: string }
  | { kind: 'array'; of: FieldType }
  | { kind: 'object'; name: string; fields: Map<string, FieldType>; index?: FieldType; open?: boolean }
  | { kind: 'any' };

const ANY: FieldType = { kind: 'any' };

export interface UnknownField {
  /** Path to the field, from the object's root. */
  path: Array<string | number>;
  /** The type it is not a field of, e.g. `Container`; empty for a type written inline. */
  typeName: string;
}

/** Every field of `value` (and below) that the model declared in `declarationFile` does not define. */
export function unknownFields(value: unknown, declarationFile: string): UnknownField[] {
  const found: UnknownField[] = [];
  walk(value, resolveType({ kind: 'ref', name: '', file: declarationFile }), [], found, 0);
  return found;
}

const MAX_DEPTH = 64;

function walk(value: unknown, type: FieldType, path: Array<string | number>, found: UnknownField[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (type.kind === 'ref') return walk(value, resolveType(type), path, found, depth + 1);
  if (type.kind === 'array') {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, type.of, [...path, index], found, depth + 1));
    return;
  }
  if (type.kind !== 'object' || typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const fieldType = type.fields.get(key) ?? type.index;
    if (fieldType) walk(child, fieldType, [...path, key], found, depth + 1);
    else if (!type.open) found.push({ path: [...path, key], typeName: type.name });
  }
}

// ---------------------------------------------------------------- declarations

interface Declarations {
  /** Imported name → the declaration file it comes from. */
  imports: Map<string, string>;
  /** The file's one exported interface or type alias, parsed lazily. */
  type: FieldType;
}

const files = new Map<string, Declarations | undefined>();

function resolveType(type: FieldType): FieldType {
  let current = type;
  for (let hops = 0; current.kind === 'ref' && hops < MAX_DEPTH; hops++) {
    const ref: { name: string; file: string } = current;
    const declarations = readDeclarations(ref.file);
    if (!ref.name) {
      current = declarations?.type ?? ANY;
      continue;
    }
    const target = declarations?.imports.get(ref.name);
    current = target ? (readDeclarations(target)?.type ?? ANY) : ANY;
  }
  return current.kind === 'ref' ? ANY : current;
}

function readDeclarations(file: string): Declarations | undefined {
  if (files.has(file)) return files.get(file);
  files.set(file, undefined); // a file that (indirectly) extends itself reads as accepting everything
  let declarations: Declarations | undefined;
  try {
    declarations = parseDeclarations(readFileSync(file, 'utf8'), file);
  } catch {
    declarations = undefined;
  }
  files.set(file, declarations);
  return declarations;
}

/** Where an import specifier of a declaration file leads, as a `.d.ts` path. */
function importTarget(specifier: string, from: string): string | undefined {
  const withTypes = (path: string) => (path.endsWith('.js') ? `${path.slice(0, -3)}.d.ts` : `${path}.d.ts`);
  if (specifier.startsWith('.')) return withTypes(resolve(dirname(from), specifier));
  const parts = specifier.split('/');
  const packageName = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const subpath = parts.slice(specifier.startsWith('@') ? 2 : 1).join('/');
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', packageName);
    if (existsSync(root)) return subpath ? withTypes(join(root, subpath)) : undefined;
    if (dirname(dir) === dir) return undefined;
  }
}

// A tokenizer and parser for the declarations' subset of TypeScript: imports, one `export interface`
// (with `extends`) or `export type` alias, property types made of references, `Array<…>`, inline object
// types, index signatures, literals and unions. Anything else reads as a type that accepts everything.

interface Token {
  kind: 'word' | 'string' | 'punct';
  text: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') index++;
    else if (text.startsWith('/*', index)) index = (text.indexOf('*/', index + 2) + 1 || text.length - 1) + 1;
    else if (text.startsWith('//', index)) index = text.indexOf('\n', index) < 0 ? text.length : text.indexOf('\n', index);
    else if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      tokens.push({ kind: 'string', text: text.slice(index + 1, end) });
      index = end + 1;
    } else if (/[A-Za-z0-9_$.-]/.test(char)) {
      let end = index + 1;
      while (end < text.length && /[A-Za-z0-9_$.-]/.test(text[end]!)) end++;
      tokens.push({ kind: 'word', text: text.slice(index, end) });
      index = end;
    } else {
      tokens.push({ kind: 'punct', text: char });
      index++;
    }
  }
  return tokens;
}

function parseDeclarations(text: string, file: string): Declarations {
  const tokens = tokenize(text);
  const imports = new Map<string, string>();
  let position = 0;
  const peek = (offset = 0) => tokens[position + offset];
  const is = (text: string, offset = 0) => peek(offset)?.text === text && peek(offset)?.kind !== 'string';
  const take = () => tokens[position++];
  const expect = (text: string) => {
    if (!is(text)) throw new Error(`expected ${text}`);
    position++;
  };

  // A union or intersection of inline object types allows the fields of each; with anything else in it
  // (literals, references) it reads as accepting everything.
  const combine = (parts: FieldType[]): FieldType => {
    if (parts.length === 1) return parts[0]!;
    if (!parts.every((part) => part.kind === 'object')) return ANY;
    const fields = new Map<string, FieldType>();
    for (const part of parts) for (const [key, value] of part.fields) if (!fields.has(key)) fields.set(key, value);
    const index = parts.find((part) => part.index)?.index;
    return { kind: 'object', name: parts[0]!.name, fields, ...(index ? { index } : {}), ...(parts.some((part) => part.open) ? { open: true } : {}) };
  };
  const parseType = (): FieldType => {
    const options: FieldType[] = [parseIntersection()];
    while (is('|')) {
      position++;
      options.push(parseIntersection());
    }
    return combine(options);
  };
  const parseIntersection = (): FieldType => {
    const parts: FieldType[] = [parsePrimary()];
    while (is('&')) {
      position++;
      parts.push(parsePrimary());
    }
    return combine(parts);
  };
  /** `Exclude<T, …>`, `Omit<T, …>`, `Partial<T>`, `Required<T>`: the fields of T (more than allowed at most). */
  const parseUtility = (): FieldType => {
    expect('<');
    const first = parseType();
    while (is(',')) {
      position++;
      parseType();
    }
    expect('>');
    return first;
  };
  const parsePrimary = (): FieldType => {
    const token = take();
    if (!token) throw new Error('unexpected end');
    if (token.kind === 'punct' && token.text === '{') return parseMembers('');
    if (token.kind === 'punct' && token.text === '(') {
      const inner = parseType();
      expect(')');
      return inner;
    }
    if (token.kind === 'word' && ['Exclude', 'Omit', 'Partial', 'Required'].includes(token.text) && is('<')) return parseUtility();
    if (token.kind === 'word' && token.text === 'Array' && is('<')) {
      position++;
      const of = parseType();
      expect('>');
      return { kind: 'array', of };
    }
    if (token.kind === 'word' && is('[')) {
      // `IDeployment["apiVersion"]`: a literal
      position++;
      take();
      expect(']');
      return ANY;
    }
    if (token.kind === 'word' && /^I[A-Z]/.test(token.text)) return { kind: 'ref', name: token.text, file };
    return ANY;
  };
  const parseMembers = (name: string): FieldType => {
    const fields = new Map<string, FieldType>();
    let index: FieldType | undefined;
    while (!is('}')) {
      if (!peek()) throw new Error('unexpected end');
      if (is('[')) {
        while (!is(']')) take();
        expect(']');
        expect(':');
        index = parseType();
      } else {
        const key = take()!;
        if (is('?')) position++;
        expect(':');
        fields.set(key.text, parseType());
      }
      if (is(';') || is(',')) position++;
    }
    expect('}');
    return { kind: 'object', name, fields, ...(index ? { index } : {}) };
  };

  let type: FieldType = ANY;
  while (position < tokens.length) {
    if (is('import') && is('{', 1)) {
      position += 2;
      const names: string[] = [];
      while (!is('}')) {
        const token = take();
        if (!token) break;
        if (token.kind === 'word' && token.text !== 'type' && token.text !== 'as') names.push(token.text);
      }
      position++;
      if (is('from') && peek(1)?.kind === 'string') {
        const target = importTarget(peek(1)!.text, file);
        if (target) for (const name of names) imports.set(name, target);
        position += 2;
      }
    } else if (is('export') && is('interface', 1)) {
      position += 2;
      const name = take()!.text.replace(/^I/, '');
      const parents: string[] = [];
      if (is('extends')) {
        position++;
        while (!is('{')) {
          const token = take();
          if (!token) break;
          if (token.kind === 'word') parents.push(token.text);
        }
      }
      expect('{');
      const members = parseMembers(name) as Extract<FieldType, { kind: 'object' }>;
      for (const parent of parents) {
        if (parent === 'TypeMeta') {
          members.fields.set('apiVersion', ANY);
          members.fields.set('kind', ANY);
          continue;
        }
        const parentFile = imports.get(parent);
        const inherited = parentFile ? resolveType({ kind: 'ref', name: '', file: parentFile }) : ANY;
        if (inherited.kind !== 'object' || inherited.open) {
          members.open = true;
          continue;
        }
        for (const [key, value] of inherited.fields) if (!members.fields.has(key)) members.fields.set(key, value);
      }
      // An interface without fields (`IJSON`, for `x-kubernetes-preserve-unknown-fields`) holds anything.
      if (members.fields.size === 0 && !members.index) members.open = true;
      type = members;
      break;
    } else if (is('export') && is('type', 1) && peek(2)?.kind === 'word' && is('=', 3)) {
      position += 4;
      type = parseType();
      break;
    } else {
      position++;
    }
  }
  return { imports, type };
}
