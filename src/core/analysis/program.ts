// Turns a tree-sitter syntax tree into what the threat detectors read: statements in source order,
// each with a normalised text (comments dropped, quotes resolved, string concatenations folded,
// constant variables substituted, line continuations gone), the variables it defines and uses, and
// the calls or commands it makes. Normalising first is what defeats the cheap disguises — `c''url`,
// `"cu" + "rl"`, `$'\x63url'`, a URL kept in a variable — that fool patterns over raw text.
import type { Node } from 'web-tree-sitter';
import type { CodeLanguage } from './grammars.ts';
import { SECRET_NAME, STDIN_INTERPRETERS } from './vocabulary.ts';

export interface Call {
  /** A command's base name (`curl`, `sh`), a callee as written without spaces (`requests.post`), lowercased in PowerShell. */
  name: string;
  /** Each argument, normalised; shell redirections appear as `>file`, `>>file`, `<file`. */
  args: string[];
  start: number;
  end: number;
  /** The command before this one in a shell or PowerShell pipeline. */
  pipedFrom: Call | null;
  /** A shell command started by its path (`./tool`, `~/.local/bin/tool`): the path as written. */
  path?: string;
}

export interface Statement {
  start: number;
  end: number;
  /** Normalised text, at most MAX_NORMALISED characters. */
  text: string;
  defines: string[];
  uses: string[];
  calls: Call[];
  /** The function whose body holds this statement, with its parameter names. */
  inFunction: { name: string; params: string[] } | null;
  /** Whether this statement is a `return` (or, in shell, any command of a function body). */
  returns: boolean;
  /** Files the statement as a whole redirects its output into (`{ …; } > file`). */
  writes: string[];
  /** Variables whose object the statement changes in place (`msg["To"] = …`, `s.headers["X"] = …`). */
  updates?: string[];
  /** Variables that decide whether the statement runs at all (the condition of the block around it): what it assigns depends on them. */
  decidedBy?: string[];
  /** The normalised text of the conditions of the blocks around the statement (`s["StartTime"] < cutoff`). */
  guardedBy?: string[];
}

/** Parameters with a default value (`src=os.path.expanduser("~/.netrc")`, `(path = join(home, ".npmrc")) =>`). */
const DEFAULT_PARAMETER = /^(?:default_parameter|typed_default_parameter|assignment_pattern)$/;

/** Assignment targets that are a member or an element of an object. */
const MEMBER_TARGET = /^(?:subscript|attribute|member_expression|subscript_expression|element_access|member_access|element_access_expression|member_access_expression|index_expression|selector_expression)$/;

/** A string literal of the program, with its resolved value (used for decoding and nested code). */
export interface Literal {
  value: string;
  /** A here-document (its text usually becomes a file). */
  heredoc: boolean;
  /** Whether the string interpolates code or variables (its code is read as part of the program already). */
  interpolated: boolean;
  start: number;
  end: number;
}

export interface Program {
  language: CodeLanguage;
  statements: Statement[];
  literals: Literal[];
  /** The parse hit syntax errors (the code may be a fragment or deliberately malformed). */
  hasErrors: boolean;
  /** Part of the code was too large or too deeply nested to read. */
  truncated: boolean;
  /** Strings the code spells out piece by piece (character codes, joined or split pieces), as the folded texts show them. */
  spelled: ReadonlySet<string>;
}

const MAX_NORMALISED = 4000;
/** Shorter spelled-out strings are names and words, not programs. */
const SPELLED_MIN = 12;
const WORD_END = /[A-Za-z0-9_]$/;
const WORD_START = /^[A-Za-z0-9_]/;
const MAX_LITERAL_SHOWN = 400;
/** Deeper nesting than this is not read (no real code nests so deep; hostile input may). */
const MAX_DEPTH = 300;
/** Syntax nodes read per program at most: keeps hostile input to a bounded cost (about a second). */
const MAX_NODES = 60_000;
/** Arguments read per command at most; real commands have a handful, hostile ones hundreds of thousands. */
const MAX_ARGUMENTS = 2_000;

interface Grammar {
  /** Nodes whose children are statements. */
  containers: ReadonlySet<string>;
  /** Nodes that are statements of their own but hold other statements (if, for, function …): only their headers are statements. */
  compound: ReadonlySet<string>;
  strings: ReadonlySet<string>;
  comments: ReadonlySet<string>;
  calls: ReadonlySet<string>;
  functions: ReadonlySet<string>;
}

const set = (names: string) => new Set(names.split(' '));

const ECMASCRIPT: Grammar = {
  containers: set('program statement_block class_body switch_case switch_default'),
  compound: set('if_statement for_statement for_in_statement while_statement do_statement try_statement function_declaration generator_function_declaration class_declaration statement_block else_clause catch_clause finally_clause switch_statement switch_body switch_case switch_default'),
  strings: set('string template_string'),
  comments: set('comment'),
  calls: set('call_expression new_expression'),
  functions: set('function_declaration generator_function_declaration method_definition'),
};

const GRAMMARS: Record<CodeLanguage, Grammar> = {
  bash: {
    containers: set('program compound_statement do_group else_clause elif_clause if_statement case_item subshell'),
    compound: set('if_statement while_statement for_statement c_style_for_statement case_statement function_definition compound_statement subshell elif_clause else_clause do_group case_item'),
    strings: set('string raw_string ansi_c_string translated_string heredoc_body'),
    comments: set('comment'),
    calls: set('command'),
    functions: set('function_definition'),
  },
  python: {
    containers: set('module block'),
    compound: set('if_statement for_statement while_statement with_statement try_statement function_definition class_definition decorated_definition elif_clause else_clause except_clause finally_clause block match_statement case_clause'),
    strings: set('string concatenated_string'),
    comments: set('comment'),
    calls: set('call'),
    functions: set('function_definition'),
  },
  javascript: ECMASCRIPT,
  typescript: ECMASCRIPT,
  powershell: {
    containers: set('program statement_list'),
    compound: set('if_statement while_statement foreach_statement for_statement do_statement try_statement function_statement script_block script_block_body statement_block else_clause elseif_clause catch_clause finally_clause switch_statement'),
    strings: set('string_literal'),
    comments: set('comment'),
    calls: set('command invokation_expression'),
    functions: set('function_statement'),
  },
};

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' };

/** Resolves backslash escapes as C-like languages and `$'…'` strings do (hex, octal, unicode). */
export function unescapeC(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '\\' || i + 1 >= text.length) {
      out += char;
      continue;
    }
    const next = text[++i]!;
    const hex = (length: number) => {
      const digits = /^[0-9a-fA-F]+/.exec(text.slice(i + 1, i + 1 + length))?.[0];
      if (!digits) return null;
      i += digits.length;
      return String.fromCodePoint(Math.min(parseInt(digits, 16), 0x10ffff));
    };
    if (next === 'x') out += hex(2) ?? 'x';
    else if (next === 'u' && text[i + 1] === '{') {
      const close = text.indexOf('}', i);
      const code = close > i && close - i < 10 ? parseInt(text.slice(i + 2, close), 16) : NaN;
      if (Number.isFinite(code) && code <= 0x10ffff) {
        out += String.fromCodePoint(code);
        i = close;
      } else out += 'u';
    } else if (next === 'u') out += hex(4) ?? 'u';
    else if (next === 'U') out += hex(8) ?? 'U';
    else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(text.slice(i))![0];
      i += digits.length - 1;
      out += String.fromCharCode(parseInt(digits, 8));
    } else out += SIMPLE_ESCAPES[next] ?? next;
  }
  return out;
}

/** Variables the environment of every shell holds, never empty when a script runs. */
const ENVIRONMENT_SET = /^(?:HOME|PATH|USER|LOGNAME|SHELL|PWD|OLDPWD|HOSTNAME|HOSTTYPE|OSTYPE|MACHTYPE|TERM|LANG|UID|EUID|PPID|SHLVL|RANDOM|SECONDS|LINENO|BASH\w{0,20}|IFS|TMPDIR)$/;

/** Blocks run or skipped on a condition. */
const CONDITIONAL = /^(?:if_statement|elif_clause|elseif_clause|while_statement|switch_statement|case_statement)$/;

class Builder {
  readonly statements: Statement[] = [];
  readonly literals: Literal[] = [];
  private readonly grammar: Grammar;
  private readonly constants = new Map<string, string>();
  /** Variables bound to a list of constant strings (`parts = [".", "np", "mrc"]`), for a later join of them. */
  private readonly constantLists = new Map<string, string[]>();
  /** Variables once given a value that is not constant: a literal given later (`except OSError: out = ""`) is only one of their values. */
  private readonly variable = new Set<string>();
  private current: Statement | null = null;
  /** The variables each enclosing condition reads, innermost last. */
  private readonly conditions: string[][] = [];
  /** The text of each enclosing condition, innermost last. */
  private readonly conditionTexts: string[] = [];
  private function: Statement['inFunction'] = null;
  private depth = 0;
  private visited = 0;
  /** Some code was not read: nested too deep, or more than MAX_NODES syntax nodes. */
  truncated = false;
  /** Long strings folded from character codes or from pieces that split a word: code spelled so no reader sees it. */
  readonly spelled = new Set<string>();

  readonly language: CodeLanguage;

  constructor(language: CodeLanguage) {
    this.language = language;
    this.grammar = GRAMMARS[language];
  }

  walk(node: Node): void {
    const type = node.type;
    if (this.grammar.comments.has(type)) return;
    if (this.grammar.functions.has(type)) return this.functionDefinition(node);
    const parent = node.parent;
    const parentIsContainer = parent !== null && this.grammar.containers.has(parent.type);
    const block = this.grammar.compound.has(type) || this.grammar.containers.has(type);
    if ((parentIsContainer || parent === null) && !block) return this.statement(node, type === 'return_statement');
    if (block) {
      const loop = this.loopHeader(node);
      if (loop) this.statement(loop.value, false, undefined, loop.variables);
      // What the branches assign depends on what the condition reads (`if bit: delay = 1.0`).
      const condition = CONDITIONAL.test(type) ? node.childForFieldName('condition') : null;
      let decided = false;
      for (const child of node.namedChildren) {
        if (!child || child === loop?.value || loop?.skip.some((skipped) => skipped.equals(child))) continue;
        const childType = child.type;
        if (this.grammar.containers.has(childType) || this.grammar.compound.has(childType) || this.grammar.functions.has(childType)) this.walk(child);
        else if (!this.grammar.comments.has(childType)) this.statement(child, childType === 'return_statement', node);
        if (condition && !decided && child.equals(condition) && this.conditions.length < 50) {
          this.conditions.push(this.statements.at(-1)?.uses ?? []);
          this.conditionTexts.push(this.statements.at(-1)?.text ?? '');
          decided = true;
        }
      }
      if (decided) {
        this.conditions.pop();
        this.conditionTexts.pop();
      }
      return;
    }
    for (const child of node.namedChildren) if (child) this.walk(child);
  }

  private functionDefinition(node: Node): void {
    const nameNode = node.childForFieldName('name') ?? node.namedChildren.find((child) => child?.type === 'function_name' || child?.type === 'identifier' || child?.type === 'word') ?? null;
    const name = nameNode?.text ?? '';
    const params: string[] = [];
    const parameters = node.childForFieldName('parameters') ?? node.namedChildren.find((child) => child?.type === 'function_parameter_declaration') ?? null;
    if (parameters) {
      collect(parameters, (child) => {
        // Types and default values are not parameters (`key: str = "x"`, `name: string`).
        if (child.type === 'type' || child.type === 'type_annotation') return false;
        if (/^(?:default_parameter|typed_default_parameter|assignment_pattern|optional_parameter)$/.test(child.type)) {
          const own = child.childForFieldName('name') ?? child.childForFieldName('left') ?? child.childForFieldName('pattern');
          if (own && /identifier$|^variable$/.test(own.type)) params.push(variableName(own));
          return false;
        }
        if (/identifier$|^variable$/.test(child.type)) params.push(variableName(child));
      });
    }
    if (this.language === 'bash') params.push('1', '2', '3', '@', '*');
    const outer = this.function;
    this.function = { name, params };
    // A default value is assigned to its parameter when a call leaves it out: read as a statement of the body.
    if (parameters && (this.language === 'python' || this.language === 'javascript' || this.language === 'typescript')) {
      for (const parameter of parameters.namedChildren) if (parameter && DEFAULT_PARAMETER.test(parameter.type) && parameter.childForFieldName('value')) this.statement(parameter, false);
    }
    const body = node.childForFieldName('body') ?? node.namedChildren.find((child) => child?.type === 'script_block') ?? null;
    if (body) this.walk(body);
    this.function = outer;
  }

  /** A loop over values (`for x in …`, `for (const x of …)`, `foreach ($x in …)`): its variables take what the values hold. */
  private loopHeader(node: Node): { value: Node; variables: string[]; skip: Node[] } | null {
    if (!LOOP.test(node.type)) return null;
    const variable = node.childForFieldName('variable') ?? node.childForFieldName('left') ?? node.namedChildren.find((child) => child?.type === 'variable') ?? null;
    const value = node.childForFieldName('value') ?? node.childForFieldName('right') ?? node.namedChildren.find((child, index) => index > 0 && child?.type === 'pipeline') ?? null;
    if (!variable || !value) return null;
    const variables: string[] = [];
    collect(variable, (child) => {
      if (/^(identifier|variable_name|variable|shorthand_property_identifier_pattern)$/.test(child.type)) variables.push(variableName(child));
    });
    if (variable.type === 'variable_name' || variable.type === 'variable' || variable.type === 'identifier') variables.push(variableName(variable));
    const values = node.childrenForFieldName('value').filter((child): child is Node => child !== null);
    return { value, variables: [...new Set(variables)], skip: [variable, ...values] };
  }

  private statement(node: Node, returns: boolean, header?: Node, loopVariables: string[] = []): void {
    const statement: Statement = {
      start: node.startIndex,
      end: node.endIndex,
      text: '',
      defines: [],
      uses: [],
      calls: [],
      inFunction: this.function,
      returns: returns || (this.language === 'bash' && this.function !== null),
      writes: [],
    };
    const outer = this.current;
    this.current = statement;
    if (!outer) this.emitted.clear();
    statement.text = this.emit(node).slice(0, MAX_NORMALISED);
    this.current = outer;
    this.definitions(node, statement, header);
    statement.defines.push(...loopVariables);
    if (this.conditionTexts.length > 0) statement.guardedBy = [...this.conditionTexts];
    if (statement.defines.length > 0 && this.conditions.some((uses) => uses.length > 0)) statement.decidedBy = [...new Set(this.conditions.flat())].filter((name) => !statement.defines.includes(name));
    collect(node, (child) => {
      const type = child.type;
      // Loops inside a pipeline stay in their statement; their variables take what the statement holds.
      if (child !== node && LOOP.test(type)) statement.defines.push(...(this.loopHeader(child)?.variables ?? []));
      // A redirect anywhere in the statement writes its file, also one command of a list (`decode > f && sh f`).
      if (type !== 'redirected_statement') return;
      for (const redirect of child.childrenForFieldName('redirect')) {
        const destination = redirect?.childForFieldName('destination');
        const operator = redirect?.children.find((part) => part && !part.isNamed)?.text ?? '';
        if (destination && operator.startsWith('>')) statement.writes.push(unquote(this.emit(destination)));
      }
    });
    this.statements.push(statement);
  }

  /** Variables a statement assigns, and constants it records for later substitution. */
  private definitions(node: Node, statement: Statement, header?: Node): void {
    const assign = (target: Node | null, value: Node | null) => {
      if (!target) return;
      // `msg["To"] = …`, `s.headers["User-Agent"] = …`, `pixels[x, y] = …`: the object is changed in place, not replaced.
      if (MEMBER_TARGET.test(target.type)) {
        let root: Node | null = target;
        let member: Node | null = null;
        for (let hops = 0; root && MEMBER_TARGET.test(root.type) && hops < 20; hops++) {
          member = root;
          root = root.childForFieldName('object') ?? root.childForFieldName('value') ?? root.namedChildren[0] ?? null;
        }
        if (root && /^(identifier|variable_name|variable)$/.test(root.type)) {
          // On `self`/`this` the object is the program's own instance: what changes is the member (`self.token = …`).
          const field = /^(?:self|this|cls|\$this)$/.test(root.text) ? member?.childForFieldName('attribute') ?? member?.childForFieldName('property') ?? null : null;
          if (/^(?:self|this|cls|\$this)$/.test(root.text) && !field) return;
          const name = field ? field.text : variableName(root);
          statement.updates = [...(statement.updates ?? []), name];
          this.constants.delete(name);
        }
        return;
      }
      const names: string[] = [];
      collect(target, (child) => {
        if (/^(identifier|variable_name|variable|shorthand_property_identifier_pattern)$/.test(child.type)) names.push(variableName(child));
        return !(child.type === 'attribute' || child.type === 'member_expression') || child === target;
      });
      const base = names[0];
      if (!base) return;
      statement.defines.push(...names);
      const literal = value ? this.constantOf(value) : null;
      // `c=cu; c+=rl`: an appending assignment extends the constant.
      const appended = literal !== null && /^[\w$]+\+=/.test(node.text) && this.constants.has(base) ? `${this.constants.get(base)}${literal}` : literal;
      if (appended !== null && names.length === 1 && !this.variable.has(base)) this.constants.set(base, appended);
      else for (const name of names) this.constants.delete(name);
      const list = value && names.length === 1 && !this.variable.has(base) && /^(?:array|list|tuple)$/.test(value.type) ? this.constantPieces(value) : null;
      if (list) this.constantLists.set(base, list);
      else for (const name of names) this.constantLists.delete(name);
      if (appended === null) for (const name of names) this.variable.add(name);
    };
    collect(node, (child) => {
      switch (child.type) {
        case 'variable_assignment':
          assign(child.childForFieldName('name'), child.childForFieldName('value'));
          return false;
        case 'assignment':
        case 'augmented_assignment':
        case 'assignment_expression':
        case 'augmented_assignment_expression':
          assign(child.childForFieldName('left') ?? child.namedChildren[0] ?? null, child.childForFieldName('right') ?? child.childForFieldName('value') ?? null);
          return true;
        case 'variable_declarator':
          assign(child.childForFieldName('name'), child.childForFieldName('value'));
          return true;
        case 'default_parameter':
        case 'typed_default_parameter':
          // Not a constant: a call may pass another value.
          if (child === node) assign(child.childForFieldName('name'), null);
          return child === node;
        case 'assignment_pattern':
          if (child === node) assign(child.childForFieldName('left'), null);
          return child === node;
        case 'as_pattern':
          assign(child.childForFieldName('alias') ?? child.namedChildren[child.namedChildren.length - 1] ?? null, null);
          return true;
        default:
          return true;
      }
    });
    if (this.language === 'bash' && node.type === 'command' && /^(read|mapfile|readarray)$/.test(node.childForFieldName('name')?.text ?? '')) {
      for (const argument of node.childrenForFieldName('argument')) if (argument && /^[A-Za-z_]\w*$/.test(argument.text)) statement.defines.push(argument.text);
    }
  }

  /** The constant string a value node stands for (a literal, or a concatenation of literals and constants). */
  private readonly constantCache = new Map<number, string | null>();
  /** Normalised text of the nodes of the current statement, by node id. */
  private readonly emitted = new Map<number, string>();

  private constantOf(node: Node): string | null {
    const known = this.constantCache.get(node.id);
    if (known !== undefined) return known;
    if (this.depth > MAX_DEPTH) return null;
    this.depth++;
    try {
      const value = this.computeConstant(node);
      this.constantCache.set(node.id, value);
      return value;
    } finally {
      this.depth--;
    }
  }

  private computeConstant(node: Node): string | null {
    if (this.grammar.strings.has(node.type)) return this.hasInterpolation(node) ? this.interpolatedConstant(node) : this.literalValue(node);
    if ((node.type === 'call' || node.type === 'call_expression') && this.language !== 'bash') {
      const joined = this.joinedConstant(node);
      if (joined !== null) return joined;
    }
    if (node.type === 'command_substitution') {
      const program = lookedUpProgram(node);
      if (program !== null) return program;
    }
    // What a command prints is known only when it runs: `$(env)` is not the word `env`.
    if (node.type === 'command_substitution' || node.type === 'process_substitution' || node.type === 'command') return null;
    if (this.language === 'bash' && (node.type === 'word' || node.type === 'number')) return node.text.replace(/\\(.)/g, '$1');
    if (node.namedChildCount === 1 && !this.grammar.strings.has(node.type) && node.type !== 'concatenation') return this.constantOf(node.namedChildren[0]!);
    if (node.type === 'concatenation' || node.type === 'binary_expression' || node.type === 'binary_operator' || node.type === 'additive_expression' || node.type === 'additive_argument_expression') {
      let out = '';
      let splitsWord = false;
      for (const child of node.namedChildren) {
        if (!child) continue;
        const part = this.constantOf(child);
        if (part === null) return null;
        if (WORD_END.test(out) && WORD_START.test(part)) splitsWord = true;
        out += part;
      }
      if (node.type === 'concatenation') return out;
      if (!node.text.includes('+')) return null;
      if (splitsWord && this.language !== 'bash') this.noteSpelled(out);
      return out;
    }
    if (node.type === 'identifier' || node.type === 'simple_expansion' || node.type === 'variable' || node.type === 'expansion') return this.constantOfVariable(variableName(node)) ?? null;
    if (node.namedChildCount === 1) return this.constantOf(node.namedChildren[0]!);
    return null;
  }

  /** A variable's constant value; in shell code the home folder stands as `~`, so a path built on it still reads as that path. */
  private constantOfVariable(name: string): string | undefined {
    return this.constants.get(name) ?? (this.language === 'bash' && name === 'HOME' ? '~' : undefined);
  }

  /** A string that interpolates only constants (`"${a}${b}"`, f"{a}b", `${a}b`): its value. */
  private interpolatedConstant(node: Node): string | null {
    if (node.type === 'heredoc_body' || node.type === 'string_literal') return null;
    let out = '';
    for (const child of node.children) {
      if (!child) continue;
      switch (child.type) {
        case '"':
        case "'":
        case '`':
        case 'string_start':
        case 'string_end':
          break;
        case 'string_content':
        case 'string_fragment':
          out += this.language === 'bash' ? child.text.replace(/\\([$`"\\\n])/g, '$1') : unescapeC(child.text);
          break;
        case 'escape_sequence':
          out += unescapeC(child.text);
          break;
        case 'simple_expansion':
        case 'expansion': {
          const value = this.constantOfVariable(variableName(child));
          if (value === undefined) return null;
          out += value;
          break;
        }
        case 'command_substitution': {
          const program = lookedUpProgram(child);
          if (program === null) return null;
          out += program;
          break;
        }
        case 'interpolation':
        case 'template_substitution': {
          const inner = child.namedChildren.filter((part): part is Node => part !== null);
          const value = inner.length === 1 ? this.constantOf(inner[0]!) : null;
          if (value === null) return null;
          out += value;
          break;
        }
        default:
          return null;
      }
    }
    return out;
  }

  /**
   * `"".join(["e", "x"])`, `"".join(map(chr, [101, 120]))`, `String.fromCharCode(101, 120)`,
   * `[..].join("")`: strings spelled out piece by piece to hide a name.
   */
  private joinedConstant(node: Node): string | null {
    this.joinedAsPath = false;
    const value = this.joinedPieces(node);
    if (value !== null && !this.joinedAsPath) this.noteSpelled(value);
    return value;
  }

  /** Whether the last join read was of path pieces with a separator (a path built, not a word hidden). */
  private joinedAsPath = false;

  private noteSpelled(value: string): void {
    if (value.length >= SPELLED_MIN && this.spelled.size < 100) this.spelled.add(value.length > MAX_LITERAL_SHOWN ? value.slice(0, MAX_LITERAL_SHOWN) : value);
  }

  private joinedPieces(node: Node): string | null {
    const callee = node.childForFieldName('function');
    const list = node.childForFieldName('arguments');
    if (!callee || !list) return null;
    const args = list.namedChildren.filter((child): child is Node => child !== null);
    const codes = (items: Node[]) => {
      const numbers = items.map((item) => (item.type === 'integer' || item.type === 'number' ? Number(item.text) : NaN));
      return numbers.every((code) => Number.isInteger(code) && code >= 0 && code <= 0x10ffff) ? String.fromCodePoint(...numbers) : null;
    };
    const pieces = (items: Node[]) => this.constantPieces(items)?.join('') ?? null;
    if (/^String\.fromCharCode$|^String\.fromCodePoint$/.test(callee.text)) return args.length > 0 && args.length <= 4096 ? codes(args) : null;
    if (!/\.join$/.test(callee.text) || args.length !== 1) return null;
    const receiver = callee.childForFieldName('object');
    const separator = receiver ? this.constantOf(receiver) : null;
    const only = args[0]!;
    if (separator === '' && (only.type === 'list' || only.type === 'tuple')) return pieces(only.namedChildren.filter((child): child is Node => child !== null));
    if (separator === '' && only.type === 'call' && /^map$/.test(only.childForFieldName('function')?.text ?? '')) {
      const mapped = only.childForFieldName('arguments')?.namedChildren.filter((child): child is Node => child !== null) ?? [];
      if (mapped.length === 2 && mapped[0]!.text === 'chr' && (mapped[1]!.type === 'list' || mapped[1]!.type === 'tuple')) return codes(mapped[1]!.namedChildren.filter((child): child is Node => child !== null));
    }
    if (receiver?.type === 'array' && only.type === 'string' && this.constantOf(only) === '') return pieces(receiver.namedChildren.filter((child): child is Node => child !== null));
    // A list bound to a name first and joined later (`parts.join("")`, `"".join(parts)`, `"/".join(parts)`) is the same spelling.
    const named = receiver?.type === 'identifier' ? this.constantLists.get(receiver.text) : only.type === 'identifier' && separator !== null ? this.constantLists.get(only.text) : undefined;
    const glue = receiver?.type === 'identifier' ? this.constantOf(only) : separator;
    if (named && glue !== null && (glue === '' || glue === '/' || glue === '\\')) {
      this.joinedAsPath = glue !== '';
      return named.join(glue);
    }
    return null;
  }

  /** The constant strings of a list node's items (or of the given items), or null when one is not constant. */
  private constantPieces(list: Node | Node[]): string[] | null {
    const items = Array.isArray(list) ? list : list.namedChildren.filter((child): child is Node => child !== null);
    if (items.length === 0 || items.length > 64) return null;
    const out: string[] = [];
    for (const item of items) {
      const part = this.constantOf(item);
      if (part === null) return null;
      out.push(part);
    }
    return out;
  }

  private hasInterpolation(node: Node): boolean {
    let found = false;
    collect(node, (child) => {
      if (/^(interpolation|template_substitution|simple_expansion|expansion|command_substitution|sub_expression|variable)$/.test(child.type)) found = true;
      return !found;
    });
    return found;
  }

  /** The value of a string literal node (quotes removed, escapes resolved, interpolations shown as `{…}`). */
  private literalValue(node: Node): string {
    const text = node.text;
    if (node.type === 'raw_string') return text.slice(1, -1);
    if (node.type === 'ansi_c_string') {
      const value = unescapeC(text.slice(2, -1));
      // `$'\x75\x6e…'`: a command written in escapes is spelled so no reader sees it.
      if ((text.match(/\\(?:x[0-9a-fA-F]|[0-7]{3})/g)?.length ?? 0) >= 8) this.noteSpelled(value);
      return value;
    }
    if (node.type === 'heredoc_body') {
      // The variables a here-document expands are used by the command it feeds (`cat > f <<EOF … $key … EOF`).
      for (const child of node.namedChildren) if (child && (child.type === 'simple_expansion' || child.type === 'expansion')) this.current?.uses.push(variableName(child));
      // Unless its delimiter is quoted, the shell resolves `\$`, `\`` and `\\` in it: the file or program gets `$(id -un)`, not `\$(id -un)`.
      const delimiter = node.parent?.children.find((child) => child?.type === 'heredoc_start')?.text ?? '';
      return /["'\\]/.test(delimiter) ? text : text.replace(/\\([$`\\])/g, '$1');
    }
    if (node.type === 'concatenated_string') return node.namedChildren.map((child) => (child ? this.literalValue(child) : '')).join('');
    let out = '';
    let raw = false;
    let verbatim = false;
    for (const child of node.children) {
      if (!child) continue;
      switch (child.type) {
        case 'string_start':
          raw = /^[a-zA-Z]*[rR]/.test(child.text);
          break;
        case 'string_end':
        case '"':
        case "'":
        case '`':
          break;
        case 'string_content':
        case 'string_fragment':
          out += raw ? child.text : this.language === 'bash' ? child.text.replace(/\\([$`"\\\n])/g, '$1') : unescapeC(child.text);
          break;
        case 'escape_sequence':
          out += unescapeC(child.text);
          break;
        case 'verbatim_string_characters':
        case 'expandable_string_literal':
        case 'verbatim_string_literal':
        case 'expandable_here_string_literal':
        case 'verbatim_here_string_characters':
          verbatim = true;
          out += this.powershellString(child);
          break;
        default:
          out += this.language === 'bash' ? this.emit(child) : `{${this.emit(child)}}`;
      }
    }
    if (!verbatim && node.type === 'string_literal') out = this.powershellString(node);
    return out;
  }

  private powershellString(node: Node): string {
    const text = node.text;
    if (text.startsWith("@'") || text.startsWith('@"')) return text.slice(2, -2).replace(/^\r?\n|\r?\n$/g, '');
    if (text.startsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
    if (text.startsWith('"')) {
      const inner = text.slice(1, -1).replace(/`(.)/g, (_, char: string) => SIMPLE_ESCAPES[char] ?? char);
      return inner.replace(/\$(?:\{([^}]{1,100})\}|([A-Za-z_][\w:]{0,100}))/g, (whole, braced: string | undefined, plain: string | undefined) => {
        const name = (braced ?? plain ?? '').toLowerCase();
        this.current?.uses.push(name);
        return this.constants.get(name) ?? whole;
      });
    }
    return text;
  }

  /** The normalised text of a node; records uses and calls of the current statement on the way. */
  private emit(node: Node): string {
    // Read once: each read of a node's type is a call into the parser's WebAssembly.
    const type = node.type;
    if (this.grammar.comments.has(type)) return '';
    if (this.depth > MAX_DEPTH || ++this.visited > MAX_NODES) {
      this.truncated = true;
      return '';
    }
    this.depth++;
    try {
      const text = this.emitNode(node, type);
      this.emitted.set(node.id, text);
      return text;
    } finally {
      this.depth--;
    }
  }

  private emitNode(node: Node, type: string): string {
    if (this.grammar.functions.has(type)) {
      this.functionDefinition(node);
      return node.childForFieldName('name')?.text ?? '';
    }
    if (this.grammar.strings.has(type)) {
      const value = this.literalValue(node);
      this.literals.push({ value, heredoc: type === 'heredoc_body', interpolated: type !== 'heredoc_body' && this.hasInterpolation(node), start: node.startIndex, end: node.endIndex });
      const shown = value.length > MAX_LITERAL_SHOWN ? `${value.slice(0, MAX_LITERAL_SHOWN)}…` : value;
      return this.language === 'bash' ? shown : `"${shown}"`;
    }
    switch (type) {
      case 'identifier':
      case 'shorthand_property_identifier':
      case 'variable_name':
      case 'variable': {
        const parent = node.parent;
        const parentType = parent?.type;
        // A keyword argument's name (`run(cmd, text=True)`) names a parameter of the callee, not a variable of this program.
        if (parentType === 'keyword_argument' && parent!.childForFieldName('name')?.id === node.id) return node.text;
        const name = variableName(node);
        this.current?.uses.push(name);
        const constant = this.constants.get(name);
        // An attribute name (`sys.path` with a variable `path` about) is not the variable.
        const isAttribute = parentType === 'attribute' && parent!.childForFieldName('attribute')?.id === node.id;
        if (constant !== undefined && !isAssignmentTarget(node) && !isAttribute) return this.language === 'bash' ? constant : `"${constant}"`;
        return node.text;
      }
      case 'simple_expansion':
      case 'expansion': {
        const name = variableName(node);
        if (name === 'IFS') return ' ';
        this.current?.uses.push(name);
        // A secret with a default (`${API_TOKEN:-none}`) still reads as the secret, and so does a value the program computed
        // itself (`tok=$(sed … hosts.yml)` … `${tok:-x}`): its default only stands in when that value comes out empty.
        const fallback = type === 'expansion' && !SECRET_NAME.test(name) && !this.variable.has(name) ? /^\$\{(?:[A-Za-z_]\w*|\d{1,2}):?[-=](.*)\}$/s.exec(node.text)?.[1] : undefined;
        return this.constants.get(name) ?? (fallback !== undefined ? fallback.replace(/\$\{?HOME\}?/g, '~') : node.text);
      }
      case 'word':
        return node.text.replace(/\\\r?\n/g, '').replace(/\\(.)/g, '$1');
      case 'binary_operator':
      case 'binary_expression':
      case 'additive_argument_expression':
      case 'additive_expression': {
        const constant = node.text.includes('+') ? this.constantOf(node) : null;
        if (constant !== null) return `"${constant}"`;
        // A pathlib join (`Path.home() / ".config" / "systemd"`) reads as the path it builds.
        const operator = node.childForFieldName('operator')?.text;
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (this.language === 'python' && operator === '/' && left && right && (this.grammar.strings.has(right.type) || this.grammar.strings.has(left.type))) {
          const strip = (part: string) => part.replace(/^"|"$/g, '');
          return `"${strip(this.emit(left))}/${strip(this.emit(right))}"`;
        }
        break;
      }
      case 'line_continuation':
        return ' ';
      case 'call':
      case 'call_expression': {
        const joined = this.joinedConstant(node);
        if (joined !== null) return `"${joined}"`;
        // A path put together piece by piece (`join(homedir(), ".config", "gh")`) reads as the path.
        const callee = node.childForFieldName('function')?.text ?? '';
        const parts = node.childForFieldName('arguments')?.namedChildren.filter((child): child is Node => child !== null) ?? [];
        if (/^(?:(?:path|os\.path|posixpath|ntpath)\.)?(?:join|resolve)$/.test(callee) && parts.length >= 2 && parts.length <= 20 && parts.slice(1).every((part) => this.grammar.strings.has(part.type) || this.constantOf(part) !== null)) {
          this.recordCall(node);
          return `"${parts.map((part) => this.emit(part).replace(/^"|"$/g, '')).join('/')}"`;
        }
        break;
      }
    }
    // One call into the parser's WebAssembly lists the children; counting them first was another.
    const children = node.children;
    if (children.length === 0) return node.text;
    // `export -p`, `declare -px`: a declaration given only options names no variable; it prints them all, as a command does.
    const isCall = this.grammar.calls.has(type) || (type === 'declaration_command' && this.language === 'bash' && node.namedChildCount > 0 && node.namedChildren.every((child) => child?.type === 'word' && child.text.startsWith('-')));
    let text = '';
    let previousEnd = -1;
    const named: string[] = [];
    for (const child of children) {
      if (!child) continue;
      const part = this.emit(child);
      if (part === '' && child.type !== 'string') continue;
      const gap = previousEnd !== -1 && child.startIndex > previousEnd ? (this.language === 'bash' && type === 'concatenation' ? '' : ' ') : '';
      text += gap + part;
      previousEnd = child.endIndex;
      if (child.isNamed) named.push(part);
      if (text.length > MAX_NORMALISED) break;
    }
    if (isCall) this.recordCall(node);
    if (type === 'pipeline' && this.language !== 'python') this.linkPipeline(node);
    return text;
  }

  /** Names a shell script may give a value, found once per script. */
  private valuedNames: Set<string> | null = null;

  /**
   * A command name split by expansions that are empty when the script runs (`cur${X}l` with `X` never set,
   * `s$1h` in the script's own body, which the skill runs without arguments, `c$()url`): the shell runs the joined name.
   * Null when a piece may hold something or the name is not one plain word.
   */
  private nameWithoutEmptyExpansions(nameNode: Node): string | null {
    const word = nameNode.namedChildCount === 1 ? nameNode.namedChildren[0]! : nameNode;
    if (word.type !== 'concatenation') return null;
    this.valuedNames ??= namesGivenValues(word.tree.rootNode.text.slice(0, 200_000));
    let joined = '';
    for (const piece of word.namedChildren) {
      if (!piece) return null;
      if (piece.type === 'simple_expansion' || piece.type === 'expansion') {
        // Only a plain expansion (`$X`, `${X}`, `${1}`): a default (`${X:-c}`) or a length has a value.
        // The shell reads one digit after `$` (`$1et` is `$1` then `et`).
        const plain = /^\$(?:\{([A-Za-z_]\w{0,100}|\d|[@*])\}|([A-Za-z_]\w{0,100})|(\d|[@*])(\w{0,100}))$/.exec(piece.text);
        if (!plain) return null;
        const name = (plain[1] ?? plain[2] ?? plain[3])!;
        const constant = this.constantOfVariable(name);
        if (constant !== undefined) joined += constant;
        else if (/^[\d@*]$/.test(name) ? this.function !== null && !(/^\d$/.test(name) && this.positionalAlwaysEmpty(this.function.name, Number(name), word.tree.rootNode.text)) : this.valuedNames.has(name) || ENVIRONMENT_SET.test(name)) return null;
        joined += plain[4] ?? '';
        continue;
      }
      // A command substitution of nothing, or of a command that prints nothing (`$()`, `` `true` ``), is empty.
      if (piece.type === 'command_substitution' && /^(?:\$\(|`)\s{0,10}(?:true|false|:)?\s{0,10}(?:\)|`)$/.test(piece.text)) continue;
      const constant = this.constantOf(piece);
      if (constant === null) return null;
      joined += constant;
    }
    return /^[\w.+-]{1,100}$/.test(joined) ? joined : null;
  }

  /** Whether a positional parameter is empty at every call of a function, found once per function and position. */
  private readonly emptyPositionals = new Map<string, boolean>();

  /**
   * Whether every call of the script's function `name` gives it nothing at `position` (`_get "" url` for `$1`),
   * with at least one call: a command name spelled around that parameter (`cur${1}l`) is the joined name.
   */
  private positionalAlwaysEmpty(name: string, position: number, script: string): boolean {
    if (position === 0 || !/^[\w.:-]{1,100}$/.test(name)) return false;
    const key = `${name}\n${position}`;
    const known = this.emptyPositionals.get(key);
    if (known !== undefined) return known;
    const escaped = name.replace(/[.]/g, '\\.');
    const calls = new RegExp(`(?:^|[;&|({]|\\$\\(|\\b(?:then|do|else))[ \\t]{0,20}${escaped}(?![\\w.:-]|[ \\t]{0,4}\\(\\))([^\\n;&|)]{0,400})`, 'gm');
    let seen = 0;
    let empty = true;
    for (const match of script.slice(0, 200_000).matchAll(calls)) {
      if (++seen > 50) break;
      const args = match[1]!.match(/""|''|"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s"']{1,200}/g) ?? [];
      const given = args[position - 1];
      if (args.slice(0, position).some((arg) => /\$[@*]|\$\{[@*]/.test(arg)) || (given !== undefined && given !== '""' && given !== "''")) {
        empty = false;
        break;
      }
    }
    const result = empty && seen > 0;
    this.emptyPositionals.set(key, result);
    return result;
  }

  private recordCall(node: Node): void {
    if (!this.current) return;
    let name = '';
    const args: string[] = [];
    const quiet = (child: Node) => {
      // Arguments were normalised on the way down; emitting them again would double the work at every level of nesting.
      const known = this.emitted.get(child.id);
      if (known !== undefined) return known;
      const calls = this.current!.calls.length;
      const uses = this.current!.uses.length;
      const text = this.emit(child);
      this.current!.calls.length = calls;
      this.current!.uses.length = uses;
      return text;
    };
    if (this.language === 'bash') {
      const nameNode = node.childForFieldName('name');
      name = node.type === 'declaration_command' ? node.child(0)?.text ?? '' : quiet(nameNode ?? node).replace(/^["']|["']$/g, '');
      if (nameNode && nameNode.text.includes('$')) name = this.nameWithoutEmptyExpansions(nameNode) ?? name;
      for (const argument of node.type === 'declaration_command' ? node.namedChildren : node.childrenForFieldName('argument')) {
        if (args.length >= MAX_ARGUMENTS) {
          this.truncated = true;
          break;
        }
        if (argument) args.push(unquote(quiet(argument)));
      }
      // The grammar hangs `a || b > f` on the whole list; in the shell the redirection belongs to its last command.
      let body: Node = node;
      let parent = node.parent;
      for (let hops = 0; hops < 50 && parent?.type === 'list' && parent.lastNamedChild?.equals(body); hops++) {
        body = parent;
        parent = parent.parent;
      }
      if (parent?.type === 'redirected_statement' && parent.childForFieldName('body')?.equals(body)) {
        for (const redirect of parent.childrenForFieldName('redirect')) {
          if (!redirect) continue;
          const operator = redirect.children.find((child) => child && !child.isNamed)?.text ?? '>';
          const destination = redirect.childForFieldName('destination');
          args.push(`${operator}${destination ? unquote(quiet(destination)) : ''}`);
        }
      }
    } else if (this.language === 'powershell' && node.type === 'command') {
      name = (node.childForFieldName('command_name')?.text ?? '').toLowerCase();
      const elements = node.childForFieldName('command_elements');
      if (elements) for (const element of elements.namedChildren) if (element && element.type !== 'command_argument_sep') args.push(unquote(quiet(element)));
    } else if (this.language === 'powershell') {
      const member = node.namedChildren.find((child) => child?.type === 'member_name');
      const target = node.namedChildren[0];
      name = `${target && target !== member ? quiet(target) : ''}.${member?.text ?? ''}`.replace(/\s+/g, '');
      const list = node.namedChildren.find((child) => child?.type === 'argument_list');
      if (list) collectArguments(list, (argument) => args.push(unquote(quiet(argument))));
    } else {
      const callee = node.childForFieldName('function') ?? node.childForFieldName('constructor');
      name = (callee ? quiet(callee) : '').replace(/\s+/g, '');
      // A member named by a constant string (`cp["exec" + "Sync"]`, `cp[name]` with `name` constant) is that member.
      if (this.language !== 'python') name = name.replace(/\[["'`]([A-Za-z_$][\w$]{0,100})["'`]\]/g, '.$1');
      const list = node.childForFieldName('arguments');
      if (list) for (const argument of list.namedChildren) if (argument && !this.grammar.comments.has(argument.type)) args.push(unquote(quiet(argument)));
    }
    // A command kept in a variable (`fetch="curl -fsSL"; $fetch URL`) is the command it holds.
    if (this.language === 'bash' && /\s/.test(name.trim()) && node.childForFieldName('name')?.text.startsWith('$')) {
      const [first = '', ...rest] = name.trim().split(/\s+/);
      name = first;
      args.unshift(...rest);
    }
    const path = this.language === 'bash' && name.includes('/') ? name : undefined;
    if (this.language === 'bash') name = name.replace(/^.*\//, '');
    // A here-string (`sh <<< "$code"`) is the command's standard input, as if a pipe fed it.
    // So is a here-document, and either may be written after the command (`curl -d @- <<EOF`), on the statement it heads.
    // An interpreter's or a remote shell's here-document is the program it runs, read as such on its own.
    const takesData = !STDIN_INTERPRETERS.has(name) && !/^(?:ssh|sshpass|autossh)$/.test(name);
    const outer = this.language === 'bash' && takesData && node.parent?.type === 'redirected_statement' && node.parent.childForFieldName('body')?.equals(node) ? node.parent.childrenForFieldName('redirect') : [];
    const redirects = this.language === 'bash' ? [...node.childrenForFieldName('redirect'), ...outer] : [];
    const herestring = redirects.find((redirect) => redirect?.type === 'herestring_redirect' || (takesData && redirect?.type === 'heredoc_redirect')) ?? undefined;
    const fed = herestring?.type === 'heredoc_redirect' ? herestring.namedChildren.find((child) => child?.type === 'heredoc_body') : herestring?.namedChildren[0];
    // What is written after the command (a here-document's body) is read once, with its statement, whose uses hold its
    // expansions: its text stands here.
    const fedText = fed ? (fed.type === 'heredoc_body' || outer.includes(herestring!) ? unquote(fed.text) : unquote(this.emit(fed))) : '';
    const pipedFrom: Call | null = herestring && fed ? { name: 'echo', args: [fedText], start: herestring.startIndex, end: herestring.endIndex, pipedFrom: null } : null;
    const call: Call = { name, args, start: node.startIndex, end: node.endIndex, pipedFrom, ...(path ? { path } : {}) };
    this.current.calls.push(call);
  }

  /** Links each command of a pipeline to the one before it (a two-pointer walk: members and calls are both in source order). */
  private linkPipeline(node: Node): void {
    if (!this.current) return;
    const members = node.namedChildren.filter((child): child is Node => child !== null && !this.grammar.comments.has(child.type));
    const calls = [...this.current.calls].sort((a, b) => a.start - b.start || b.end - a.end);
    let previous: Call | null = null;
    let index = 0;
    for (const member of members) {
      while (index < calls.length && calls[index]!.start < member.startIndex) index++;
      let first: Call | null = null;
      let last: Call | null = null;
      let coveredUntil = -1;
      for (let i = index; i < calls.length && calls[i]!.start < member.endIndex; i++) {
        const call = calls[i]!;
        if (call.end > member.endIndex) continue;
        if (call.start >= coveredUntil) {
          // A call not inside an earlier one of this member: a command of its own.
          first ??= call;
          last = call;
          coveredUntil = call.end;
        }
      }
      if (!first || !last) continue;
      if (previous && !first.pipedFrom) first.pipedFrom = previous;
      // What flows on is the output of the member's last command (a nested pipeline's tail).
      previous = last;
    }
  }
}

function variableName(node: Node): string {
  const text = node.text.replace(/^\$\{?#?/, '').replace(/^[$@]/, '');
  const name = (node.type === 'variable' ? /^[A-Za-z_][\w]*(?::[A-Za-z_]\w*)?/ : /^[A-Za-z_][\w]*|^[0-9@*#?]/).exec(text)?.[0] ?? text;
  return node.type === 'variable' ? name.toLowerCase() : name;
}

function isAssignmentTarget(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  return (
    ((parent.type === 'assignment' || parent.type === 'assignment_expression' || parent.type === 'augmented_assignment') && parent.childForFieldName('left')?.equals(node) === true) ||
    (parent.type === 'variable_declarator' && parent.childForFieldName('name')?.equals(node) === true) ||
    parent.type === 'keyword_argument' && parent.childForFieldName('name')?.equals(node) === true
  );
}

/**
 * The program a shell command substitution looks up on the PATH (`$(command -v bash)`, `$(which curl)`,
 * `$(type -P sh)`): it prints that program's path, so the value runs as that program.
 */
function lookedUpProgram(node: Node): string | null {
  return /^\$\(\s*(?:command\s+-v|which|type\s+-[pP])\s+([\w.+-]{1,100})\s*\)$/.exec(node.text)?.[1] ?? null;
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') && text.indexOf('"', 1) === text.length - 1 ? text.slice(1, -1) : text;
}

/** For each list of statements, their ends' running maximum, when the list is in order of start (else null). */
const RUNNING_ENDS = new WeakMap<readonly Statement[], number[] | null>();

/**
 * The first statement of the list (in its order) that spans `offset`, as `statements.find((s) => s.start <= offset
 * && s.end >= offset)` finds it, by a binary search over the running maximum of the ends instead of a scan: a rule
 * that looks a statement up for each of thousands of matches would otherwise read the program once per match.
 */
export function statementAt(statements: readonly Statement[], offset: number): Statement | undefined {
  let ends = RUNNING_ENDS.get(statements);
  if (ends === undefined) {
    ends = [];
    for (const [index, statement] of statements.entries()) {
      if (index > 0 && statement.start < statements[index - 1]!.start) {
        ends = null;
        break;
      }
      ends.push(Math.max(statement.end, ends.at(-1) ?? -Infinity));
    }
    RUNNING_ENDS.set(statements, ends);
  }
  if (ends === null) return statements.find((statement) => statement.start <= offset && statement.end >= offset);
  // The first statement whose running end reaches the offset is the first that ends at or after it; it spans the offset if it starts by then.
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! >= offset) high = middle;
    else low = middle + 1;
  }
  const found = statements[low];
  return found !== undefined && found.start <= offset ? found : undefined;
}

/** Syntax nodes of loops over values. */
const LOOP = /^(?:for_statement|for_in_statement|foreach_statement)$/;

/** Visits a node and its descendants depth-first; `visit` returns false to skip a node's children. Iterative, so deep trees cannot overflow the stack. */
export function collect(root: Node, visit: (node: Node) => boolean | number | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    // One call marshals every child; asking for them one by one is linear each, so quadratic overall.
    const children = node.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}

function collectArguments(list: Node, found: (argument: Node) => void): void {
  collect(list, (child) => {
    if (child.type === 'argument_expression') {
      found(child);
      return false;
    }
    return true;
  });
}

/** Reads a syntax tree into statements. */
/**
 * Shell code with each expansion of the field separator (`curl${IFS}-s`, `$IFS`) blanked to as many spaces:
 * the shell splits words there, so the command reads as the words it runs; offsets stay where they were.
 */
export function blankFieldSeparators(text: string): string {
  return text.includes('IFS') ? text.replace(/\$\{IFS\}|\$IFS(?![\w])/g, (separator) => ' '.repeat(separator.length)) : text;
}

export function buildProgram(language: CodeLanguage, root: Node): Program {
  const builder = new Builder(language);
  builder.walk(root);
  builder.statements.sort((a, b) => a.start - b.start);
  return { language, statements: builder.statements, literals: builder.literals, hasErrors: root.hasError, truncated: builder.truncated, spelled: builder.spelled };
}

/**
 * The names a shell script may give a value: assigned something (`X=v`, `X+=v`, `${X:=v}`), or named to a command
 * that sets, reads into or exports a variable (`read X`, `for X in`, `local X`). A name that only appears in a
 * message or a comment, or is only set to nothing, stays empty. A script that evaluates or sources text, or
 * assigns through a reference, may set any name, so every word counts.
 */
function namesGivenValues(script: string): Set<string> {
  if (/\b(?:eval|source|declare\s+-\w*n|local\s+-\w*n|printf\s+-v)\b|(?:^|[;&|({]\s{0,10})\.\s+\S|\$\{!/m.test(script)) {
    return new Set(Array.from(script.matchAll(/(?<![$\w])(?<!\$\{)[A-Za-z_]\w{0,100}/g), (match) => match[0]));
  }
  const names = new Set<string>();
  for (const match of script.matchAll(/(?<![$\w-])([A-Za-z_]\w{0,100})(?:\[[^\]\n]{0,100}\])?\+?=(?!=)(?!(?:""|'')?(?:[\s;)]|$))/gm)) names.add(match[1]!);
  for (const match of script.matchAll(/\$\{([A-Za-z_]\w{0,100}):?=/g)) names.add(match[1]!);
  for (const match of script.matchAll(/\b(?:read|for|select|getopts|mapfile|readarray|export|declare|typeset|local|readonly|let)\b([^;\n|&]{0,300})/g)) {
    for (const name of match[1]!.matchAll(/(?<![$\w-])[A-Za-z_]\w{0,100}/g)) names.add(name[0]);
  }
  return names;
}
