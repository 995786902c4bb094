import type { Definition, Html, Image, Link, Root } from 'mdast';
import type { Span } from './diagnostics.ts';
import { visitNodes } from './mdast.ts';
import type { ParsedSkill } from './skill.ts';
import { LineIndex } from './text.ts';

/** How rules read a text: Markdown (parsed like SKILL.md), HTML-like markup, or plain text (code, data, prose). */
export type TextKind = 'markdown' | 'markup' | 'plain';

/** One text of a skill that content rules scan: the SKILL.md itself or one of its text resources. */
export interface SkillText {
  /** Path shown in diagnostics. */
  file: string;
  /** Path relative to the skill folder (`SKILL.md` for the skill file). */
  path: string;
  text: string;
  lines: LineIndex;
  isSkillFile: boolean;
  kind: TextKind;
}

const cache = new WeakMap<ParsedSkill, SkillText[]>();
const trees = new WeakMap<SkillText, Root | null>();

/** The display path of a file of the skill, next to its SKILL.md. */
export function resourceFile(skillFile: string, relativePath: string): string {
  const slash = skillFile.lastIndexOf('/');
  return `${slash === -1 ? '' : skillFile.slice(0, slash + 1)}${relativePath}`;
}

const MARKDOWN = /\.(?:md|markdown|mdx|mdown|mkd)$/i;
const MARKUP = /\.(?:html?|xhtml|svg|xml)$/i;

export function textKind(path: string): TextKind {
  if (MARKDOWN.test(path)) return 'markdown';
  if (MARKUP.test(path)) return 'markup';
  return 'plain';
}

/**
 * SKILL.md followed by every decoded text file of the skill (references, scripts, evals, …), in path
 * order: everything that is published with the skill or that an agent may load.
 */
export function skillTexts(skill: ParsedSkill): SkillText[] {
  const known = cache.get(skill);
  if (known) return known;
  const texts: SkillText[] = [];
  if (skill.source.text !== null) {
    const path = skill.source.sourcePath.split('/').pop()!;
    const text: SkillText = { file: skill.source.file, path, text: skill.source.text, lines: skill.lines, isSkillFile: true, kind: 'markdown' };
    trees.set(text, skill.tree);
    texts.push(text);
  }
  for (const path of Object.keys(skill.source.resourceTexts).sort()) {
    const text = skill.source.resourceTexts[path]!;
    texts.push({ file: resourceFile(skill.source.file, path), path, text, lines: new LineIndex(text), isSkillFile: false, kind: textKind(path) });
  }
  cache.set(skill, texts);
  return texts;
}

/** The mdast of a Markdown text (SKILL.md: the body's), parsed once with the skill's parser; null when bodies are not parsed. */
export function markdownTree(skill: ParsedSkill, text: SkillText): Root | null {
  if (text.kind !== 'markdown') return null;
  if (trees.has(text)) return trees.get(text)!;
  const tree = skill.parseMarkdown ? skill.parseMarkdown(text.text, 1, 0) : null;
  trees.set(text, tree);
  return tree;
}

/** Where `length` characters from `index` of a scanned text stand, as a span in that file. */
export function spanIn(text: SkillText, index: number, length: number): Span {
  return { start: text.lines.pointAt(index), end: text.lines.pointAt(index + length) };
}

/** Calls `found` for every match of a global regex, with its start offset. */
export function eachMatch(pattern: RegExp, text: string, found: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
}

/** Raw HTML to check, with the offset of its first character in the text it came from. */
export interface HtmlChunk {
  text: SkillText;
  html: string;
  offset: number;
  /** True for a whole HTML, SVG or XML file, false for HTML inside Markdown. */
  wholeFile: boolean;
}

/** The raw HTML of every Markdown text (its `html` nodes: never code blocks or inline code) and every markup file. */
export function htmlChunks(skill: ParsedSkill): HtmlChunk[] {
  const chunks: HtmlChunk[] = [];
  for (const text of skillTexts(skill)) {
    if (text.kind === 'markup') {
      chunks.push({ text, html: text.text, offset: 0, wholeFile: true });
      continue;
    }
    const tree = markdownTree(skill, text);
    if (!tree) continue;
    visitNodes(tree, ['html'], (node) => {
      chunks.push({ text, html: (node as Html).value, offset: node.position?.start.offset ?? 0, wholeFile: false });
    });
  }
  return chunks;
}

/** Links, images and link definitions of every Markdown text of the skill. */
export function markdownLinks(skill: ParsedSkill): Array<{ text: SkillText; node: Link | Image | Definition }> {
  const links: Array<{ text: SkillText; node: Link | Image | Definition }> = [];
  for (const text of skillTexts(skill)) {
    const tree = markdownTree(skill, text);
    if (tree) visitNodes(tree, ['link', 'image', 'definition'], (node) => links.push({ text, node: node as Link | Image | Definition }));
  }
  return links;
}
