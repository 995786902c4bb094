// The functions of code in languages the analysis reads line by line (Go, Rust, Ruby, PHP, Java, C#):
// where each one's body is, its parameters, and which of its parts hand back a value. With that, a
// helper that reads a credential file (`fn collect(&self) -> … { … keys }`) gives what it read to every
// caller, and a helper that sends a parameter sends whatever its callers pass — the two shapes real
// programs put between a secret and the network.
import type { Node } from 'web-tree-sitter';
import { parseCode, type OutlineLanguage, type ParseAllowance } from './grammars.ts';
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
  /** Anonymous functions, outlined under the name of the variable they are assigned to (`$run = function ($cmd) {…}`). */
  closures: ReadonlySet<string>;
}

const set = (names: string) => new Set(names.split(' '));

const SHAPES: Record<OutlineLanguage, Shapes> = {
  go: { functions: set('function_declaration method_declaration'), returns: set('return_statement'), lastIsResult: false, closures: set('func_literal') },
  rust: { functions: set('function_item'), returns: set('return_expression'), lastIsResult: true, closures: set('closure_expression') },
  ruby: { functions: set('method singleton_method'), returns: set('return'), lastIsResult: true, closures: set('lambda') },
  php: { functions: set('function_definition method_declaration'), returns: set('return_statement'), lastIsResult: false, closures: set('anonymous_function anonymous_function_creation_expression arrow_function') },
  java: { functions: set('method_declaration constructor_declaration'), returns: set('return_statement'), lastIsResult: false, closures: set('lambda_expression') },
  'c-sharp': { functions: set('method_declaration local_function_statement constructor_declaration'), returns: set('return_statement'), lastIsResult: false, closures: set('lambda_expression anonymous_method_expression') },
};

/** Nodes that assign a value to a name, with the field that holds the name. */
const ASSIGNMENTS: Record<string, string> = { assignment_expression: 'left', assignment: 'left', short_var_declaration: 'left', var_spec: 'name', let_declaration: 'pattern', variable_declarator: 'name' };

/** The variable an anonymous function is assigned to (`run := func(…) {…}`, `let run = |p| …`), if it is assigned to one. */
function closureName(node: Node): string | null {
  let parent = node.parent;
  // Go wraps both sides of `:=` in expression lists; C# wraps a declarator's value in an equals clause.
  while (parent && (parent.type === 'expression_list' || parent.type === 'equals_value_clause')) parent = parent.parent;
  const field = parent ? ASSIGNMENTS[parent.type] : undefined;
  const target = field ? parent!.childForFieldName(field) : null;
  const name = target?.text.replace(/^\$/, '');
  return name && /^[A-Za-z_]\w*$/.test(name) ? name : null;
}

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
 * The named functions of `text`, or null when no parser is available or the parse used up its allowance
 * (the caller then reads the code without them).
 */
export function outlineFunctions(language: OutlineLanguage, text: string, allowance: ParseAllowance): FunctionOutline[] | null {
  const tree = parseCode(language, text, allowance);
  if (!tree) return null;
  const shapes = SHAPES[language];
  const outlines: FunctionOutline[] = [];
  try {
    collect(tree.rootNode, (node) => {
      if (outlines.length >= MAX_FUNCTIONS) return false;
      const closure = shapes.closures.has(node.type);
      if (!shapes.functions.has(node.type) && !closure) return true;
      const name = closure ? closureName(node) : node.childForFieldName('name')?.text;
      const body = node.childForFieldName('body');
      if (!name || !body) return true;
      const results: FunctionOutline['results'] = [];
      collect(body, (inner) => {
        // A nested function's returns are its own.
        if (inner !== body && (shapes.functions.has(inner.type) || shapes.closures.has(inner.type))) return false;
        if (shapes.returns.has(inner.type)) results.push({ start: inner.startIndex, end: inner.endIndex });
        return true;
      });
      // A closure whose body is one expression (`|p| Command::new(p)`) hands that expression back.
      if (closure && !/^(?:block|compound_statement|do_block)$/.test(body.type)) results.push({ start: body.startIndex, end: body.endIndex });
      else if (shapes.lastIsResult) {
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
