// The functions of code in languages the analysis reads line by line (Go, Rust, Ruby, PHP, Java, C#):
// where each one's body is, its parameters, and which of its parts hand back a value. With that, a
// helper that reads a credential file (`fn collect(&self) -> … { … keys }`) gives what it read to every
// caller, and a helper that sends a parameter sends whatever its callers pass — the two shapes real
// programs put between a secret and the network.
import type { Node } from 'web-tree-sitter';
import { parseCode, type OutlineLanguage } from './grammars.ts';
import { collect } from './program.ts';
import type { ScannedLanguage } from './outline-scan.ts';

/** A language whose functions are outlined: by its parser, or by a scanner where no grammar ships. */
export type FunctionDialect = OutlineLanguage | ScannedLanguage;

export interface FunctionOutline {
  name: string;
  params: string[];
  /** Offsets of the body (the statements between the braces, or after the signature). */
  bodyStart: number;
  end: number;
  /** Ranges whose value the function hands back: `return` statements, and the last expression where that is the result. */
  results: Array<{ start: number; end: number }>;
}

interface Shapes {
  /** Nodes that define a named function or method. */
  functions: ReadonlySet<string>;
  /** Nodes that hand a value back. */
  returns: ReadonlySet<string>;
  /** The last expression of a body is its value (Rust's tail expression, Ruby's last statement). */
  lastIsResult: boolean;
}

const set = (names: string) => new Set(names.split(' '));

const SHAPES: Record<OutlineLanguage, Shapes> = {
  go: { functions: set('function_declaration method_declaration'), returns: set('return_statement'), lastIsResult: false },
  rust: { functions: set('function_item'), returns: set('return_expression'), lastIsResult: true },
  ruby: { functions: set('method singleton_method'), returns: set('return'), lastIsResult: true },
  php: { functions: set('function_definition method_declaration'), returns: set('return_statement'), lastIsResult: false },
  java: { functions: set('method_declaration constructor_declaration'), returns: set('return_statement'), lastIsResult: false },
  'c-sharp': { functions: set('method_declaration local_function_statement constructor_declaration'), returns: set('return_statement'), lastIsResult: false },
};

/** More functions than this in one file are not outlined (no real helper script has so many). */
const MAX_FUNCTIONS = 500;

/** The language whose parser outlines code of a fence's info string or a file's extension, if any. */
export function outlineLanguage(name: string): FunctionDialect | null {
  switch (name.toLowerCase()) {
    case 'go': case 'golang': return 'go';
    case 'rust': case 'rs': return 'rust';
    case 'ruby': case 'rb': case 'rake': case 'gemspec': return 'ruby';
    case 'php': return 'php';
    case 'java': return 'java';
    case 'csharp': case 'cs': case 'c#': case 'csx': return 'c-sharp';
    case 'perl': case 'pl': case 'pm': return 'perl';
    case 'lua': return 'lua';
    case 'kotlin': case 'kt': case 'kts': return 'kotlin';
    case 'swift': return 'swift';
    default: return null;
  }
}

function parameterNames(list: Node | null): string[] {
  if (!list) return [];
  const names: string[] = [];
  for (const parameter of list.namedChildren) {
    if (!parameter) continue;
    const name = parameter.type === 'identifier' ? parameter : parameter.childForFieldName('name') ?? parameter.childForFieldName('pattern');
    // Go declares several names of one type at once (`a, b string`).
    const all = parameter.type === 'parameter_declaration' ? parameter.childrenForFieldName('name') : [name];
    for (const node of all) if (node && /^[$]?[A-Za-z_]\w*$/.test(node.text)) names.push(node.text.replace(/^\$/, ''));
  }
  return names;
}

/**
 * The named functions of `text`, or null when no parser is available or the parse ran out of time (the
 * caller then reads the code without them).
 */
export function outlineFunctions(language: OutlineLanguage, text: string, budgetMs: number): FunctionOutline[] | null {
  const tree = parseCode(language, text, budgetMs);
  if (!tree) return null;
  const shapes = SHAPES[language];
  const outlines: FunctionOutline[] = [];
  try {
    collect(tree.rootNode, (node) => {
      if (outlines.length >= MAX_FUNCTIONS) return false;
      if (!shapes.functions.has(node.type)) return true;
      const name = node.childForFieldName('name')?.text;
      const body = node.childForFieldName('body');
      if (!name || !body) return true;
      const results: FunctionOutline['results'] = [];
      collect(body, (inner) => {
        // A nested function's returns are its own.
        if (inner !== body && shapes.functions.has(inner.type)) return false;
        if (shapes.returns.has(inner.type)) results.push({ start: inner.startIndex, end: inner.endIndex });
        return true;
      });
      if (shapes.lastIsResult) {
        const last = body.namedChildren.filter((child) => child && child.type !== 'comment').at(-1);
        if (last && !/^(?:let_declaration|expression_statement|empty_statement)$/.test(last.type)) results.push({ start: last.startIndex, end: last.endIndex });
      }
      outlines.push({ name: name.replace(/^\$/, ''), params: parameterNames(node.childForFieldName('parameters')), bodyStart: body.startIndex, end: body.endIndex, results });
      return true;
    });
  } finally {
    tree.delete();
  }
  return outlines;
}
