import type { Root } from 'mdast';
import { diagnosticAt, type Diagnostic } from './diagnostics.ts';
import { splitFrontmatter, FRONTMATTER_RULE, type Frontmatter } from './frontmatter.ts';
import { LineIndex } from './text.ts';

/** A file that belongs to a skill folder, other than SKILL.md itself. */
export interface SkillFile {
  /** Path relative to the skill folder, with `/` separators. */
  path: string;
  size: number;
  /** Hex sha256 of the content; empty for entries that were not read (symlinks, oversized files). */
  sha256: string;
  kind: 'file' | 'symlink' | 'other';
  /** Any execute permission bit is set. */
  executable: boolean;
  /** What the first bytes say: text, a compiled program (ELF, PE, Mach-O), or other binary data. */
  content: 'text' | 'native-executable' | 'binary' | 'unknown';
}

/** Everything the pure core needs to know about one skill; produced by the file-system layer or by the browser. */
export interface SkillSource {
  /** Path of the SKILL.md as shown in diagnostics (relative to the working directory). */
  file: string;
  /** Path of the SKILL.md relative to the root of the tree being checked. */
  sourcePath: string;
  /** The name the skill must have: its folder name, or the file stem for single-file skills. */
  expectedName: string;
  /** `<category>` for skills laid out as `<category>/<name>`, else null. */
  category: string | null;
  layout: 'folder' | 'file';
  /** Decoded text (BOM removed), or null when the file could not be read as text. */
  text: string | null;
  files: SkillFile[];
  /** Decoded contents of the skill's small text files (references, scripts, trigger queries), by relative path. */
  resourceTexts: Record<string, string>;
  /** Problems found while reading the file (encoding, size, symlinks). */
  readDiagnostics: Diagnostic[];
}

export interface ParsedSkill {
  source: SkillSource;
  lines: LineIndex;
  frontmatter: Frontmatter | null;
  body: string;
  bodyLine: number;
  bodyOffset: number;
  tree: Root | null;
  /** The parser the body was read with, for Markdown resources; null when bodies are not parsed. */
  parseMarkdown: MarkdownParser | null;
  /** Diagnostics from reading and parsing; rules add theirs separately. */
  diagnostics: Diagnostic[];
}

/** Turns a body into mdast with positions in the original file; see markdown.ts. Injected so callers that only need the frontmatter never load the Markdown parser. */
export type MarkdownParser = (body: string, firstLine: number, firstOffset: number) => Root;

export function parseSkill(source: SkillSource, parseMarkdown: MarkdownParser | null): ParsedSkill {
  const text = source.text ?? '';
  const lines = new LineIndex(text);
  const diagnostics = [...source.readDiagnostics];
  if (source.text === null) {
    return { source, lines, frontmatter: null, body: '', bodyLine: 1, bodyOffset: 0, tree: null, parseMarkdown, diagnostics };
  }
  const split = splitFrontmatter(text, lines);
  for (const problem of split.problems) {
    diagnostics.push(diagnosticAt(source.file, problem.span, FRONTMATTER_RULE, 'error', problem.message));
  }
  const tree = parseMarkdown === null ? null : parseMarkdown(split.body, split.bodyLine, split.bodyOffset);
  return {
    source,
    lines,
    frontmatter: split.frontmatter,
    body: split.body,
    bodyLine: split.bodyLine,
    bodyOffset: split.bodyOffset,
    tree,
    parseMarkdown,
    diagnostics,
  };
}
