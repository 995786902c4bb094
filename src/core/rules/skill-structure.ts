import type { Heading, List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import type { Span } from '../diagnostics.ts';
import { plainText } from '../mdast.ts';
import { bodyLineCount } from '../stats.ts';
import type { SkillRule } from './types.ts';

/** What a skill is for, and so the shape its body takes (`metadata.kind`). */
export const SKILL_KINDS = ['procedure', 'reference', 'debugging', 'patterns', 'review'] as const;
type SkillKind = (typeof SKILL_KINDS)[number];

/** The catalog's body length, in lines: shorter is a stub, longer belongs in references/ (the upper bound is body-size's). */
export const MIN_BODY_LINES = 150;

/** A checklist item repeats a sentence when at least this share of its content words are in that one sentence. */
const REPEAT_SHARE = 0.7;
/** Items with fewer content words than this are too short to call a repetition. */
const MIN_ITEM_WORDS = 3;
/** Items with more content words than this are paragraphs, not checklist items; they are not compared. */
const MAX_ITEM_WORDS = 64;
/** Sentence look-ups per word of the body; ordinary skills use a few, and the cap keeps hostile input linear. */
const LOOKUPS_PER_WORD = 8;

const OPENING: Record<SkillKind, string> = {
  procedure: 'an ordered list of steps (`1.`)',
  reference: 'a quick-reference table',
  debugging: 'a decision tree: a table (symptom | likely cause | check | fix) or a list nested at least two levels',
  patterns: 'a decision table (situation | choose | avoid / why)',
  review: 'a rubric: a table of checks or a task list (`- [ ]`)',
};

/** Words too common to tell two sentences apart. */
const STOP_WORDS = new Set(
  (
    'the and for with that this these those are was were you your not use used when then than from into its has have had can all any each ' +
    'one only but they them their there what which who will would should must may been being also more most such other some does did how why ' +
    'where out per our via yes off too very just both either neither own same before after over under about like every make sure'
  ).split(' '),
);

/** Lower-cased content words of a text, a plural `s` dropped (`tests` and `test` match). */
function contentWords(text: string, into: Set<string>): Set<string> {
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    let word = match[0];
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    into.add(word);
  }
  return into;
}

function isChecklistHeading(heading: Heading): boolean {
  return plainText(heading).toLowerCase().includes('checklist');
}

/** `When to use`, `When NOT to use`, optionally followed by `this skill` and a colon. */
function isWhenToUseHeading(heading: Heading): boolean {
  const words = plainText(heading).toLowerCase().replace(/:$/, '').split(/\s+/).filter(Boolean);
  const rest = words[0] === 'when' && words[1] === 'not' ? words.slice(2) : words[0] === 'when' ? words.slice(1) : null;
  if (!rest || rest[0] !== 'to' || rest[1] !== 'use') return false;
  return rest.length === 2 || (rest.length === 4 && rest[2] === 'this' && rest[3] === 'skill');
}

/** What the opening section holds, found in one walk over it. */
interface Shapes {
  orderedList: boolean;
  table: boolean;
  nestedList: boolean;
  taskList: boolean;
}

function shapesOf(section: readonly RootContent[]): Shapes {
  const shapes: Shapes = { orderedList: false, table: false, nestedList: false, taskList: false };
  const stack: Array<{ node: Nodes; listDepth: number }> = section.map((node) => ({ node, listDepth: 0 }));
  while (stack.length > 0) {
    const { node, listDepth } = stack.pop()!;
    let depth = listDepth;
    if (node.type === 'table') shapes.table = true;
    if (node.type === 'list') {
      depth++;
      if ((node as List).ordered) shapes.orderedList = true;
      if (depth >= 2) shapes.nestedList = true;
    }
    if (node.type === 'listItem' && typeof (node as ListItem).checked === 'boolean') shapes.taskList = true;
    if ('children' in node) for (const child of node.children) stack.push({ node: child as Nodes, listDepth: depth });
  }
  return shapes;
}

function opensAsItShould(kind: SkillKind, shapes: Shapes): boolean {
  switch (kind) {
    case 'procedure':
      return shapes.orderedList;
    case 'reference':
    case 'patterns':
      return shapes.table;
    case 'debugging':
      return shapes.table || shapes.nestedList;
    case 'review':
      return shapes.table || shapes.taskList;
  }
}

/** One sentence of the body, by its content words and the line it starts on. */
interface Sentence {
  line: number;
  words: Set<string>;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

/**
 * Splits a block of prose (a paragraph or table cell) into sentences at `.`, `!` or `?` followed by
 * a space or the end, each with the line it starts on in the file.
 */
function sentencesOf(block: Nodes, into: Sentence[]): void {
  const leaves: Array<{ value: string; line: number }> = [];
  const stack: Nodes[] = [block];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'text' || node.type === 'inlineCode') && node.position) leaves.push({ value: node.value, line: node.position.start.line });
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  let parts: string[] = [];
  let started = false;
  let startLine = 0;
  for (const { value, line: firstLine } of leaves) {
    let line = firstLine;
    let from = 0;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (!started) {
        if (isSpace(code)) {
          if (code === 10) line++;
          continue;
        }
        started = true;
        startLine = line;
        from = i;
      }
      if (code === 10) line++;
      if ((code === 46 || code === 33 || code === 63) && (i + 1 === value.length || isSpace(value.charCodeAt(i + 1)))) {
        parts.push(value.slice(from, i + 1));
        into.push({ line: startLine, words: contentWords(parts.join(''), new Set()) });
        parts = [];
        started = false;
      }
    }
    if (started) parts.push(value.slice(from));
  }
  if (started) into.push({ line: startLine, words: contentWords(parts.join(''), new Set()) });
}

/** The checklist items and every other sentence of the body, in one walk over the tree. */
function collectProse(section: readonly RootContent[]): { items: ListItem[]; sentences: Sentence[] } {
  const items: ListItem[] = [];
  const sentences: Sentence[] = [];
  let checklistDepth = 0;
  for (const top of section) {
    if (top.type === 'heading') {
      if (checklistDepth && top.depth <= checklistDepth) checklistDepth = 0;
      if (!checklistDepth && isChecklistHeading(top)) checklistDepth = top.depth;
      continue;
    }
    const stack: Nodes[] = [top];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (checklistDepth && node.type === 'listItem') items.push(node);
      if (!checklistDepth && (node.type === 'paragraph' || node.type === 'tableCell')) {
        sentencesOf(node, sentences);
        continue;
      }
      if (node.type === 'paragraph' || node.type === 'tableCell') continue;
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return { items, sentences };
}

/** The item's own text: its paragraphs, not the items nested in it. */
function itemWords(item: ListItem): Set<string> {
  const words = new Set<string>();
  for (const child of item.children) if (child.type === 'paragraph') contentWords(plainText(child as Paragraph), words);
  return words;
}

/**
 * For each checklist item, the body sentence holding the largest share of its words, when that share
 * reaches REPEAT_SHARE. Sentences are found through an index from word to sentences, so an item costs
 * the sentences its words appear in, not every sentence; a budget proportional to the body bounds
 * the total for bodies built to make every word appear everywhere.
 */
function repeatedSentences(items: readonly ListItem[], sentences: readonly Sentence[]): Array<{ item: ListItem; sentence: Sentence }> {
  const index = new Map<string, number[]>();
  let totalWords = 0;
  sentences.forEach((sentence, id) => {
    for (const word of sentence.words) {
      let postings = index.get(word);
      if (!postings) index.set(word, (postings = []));
      postings.push(id);
      totalWords++;
    }
  });
  let budget = LOOKUPS_PER_WORD * (totalWords + items.length);
  const found: Array<{ item: ListItem; sentence: Sentence }> = [];
  // Shared-word counts per sentence, reset after each item through the list of sentences touched.
  const shared = new Int32Array(sentences.length);
  const touched: number[] = [];
  for (const item of items) {
    const words = itemWords(item);
    if (words.size < MIN_ITEM_WORDS || words.size > MAX_ITEM_WORDS) continue;
    for (const word of words) {
      const postings = index.get(word);
      if (!postings) continue;
      budget -= postings.length;
      for (const id of postings) {
        if (shared[id] === 0) touched.push(id);
        shared[id]!++;
      }
    }
    const needed = REPEAT_SHARE * words.size;
    let best = -1;
    for (const id of touched) if (shared[id]! >= needed && (best === -1 || shared[id]! > shared[best]!)) best = id;
    for (const id of touched) shared[id] = 0;
    touched.length = 0;
    if (best !== -1) found.push({ item, sentence: sentences[best]! });
    if (budget < 0) break;
  }
  return found;
}

function spanOf(node: Nodes): Span | null {
  return node.position ? { start: { line: node.position.start.line, column: node.position.start.column } } : null;
}

const rule: SkillRule = {
  id: 'skill-structure',
  scope: 'skill',
  severity: 'warning',
  preset: 'catalog',
  docs: {
    summary: `The body takes the shape of its \`metadata.kind\` (${SKILL_KINDS.join(', ')}): the first \`##\` section is steps, a table, a decision tree or a rubric; no \`## When to use\` section repeating the description, no checklist item repeating a sentence of the body, and at least ${MIN_BODY_LINES} lines (\`body-size\` reports more than 500).`,
    pass: 'metadata:\n  kind: procedure\n---\n# Release\n\nCuts a release from main.\n\n## Steps\n\n1. Tag the commit: `git tag v1.2.0`; `git describe` prints the tag.\n2. …\n\n(150 to 500 lines in all)\n',
    fail: '---\nname: release\ndescription: Cuts a release. Use when shipping a version.\nmetadata:\n  kind: procedure\n---\n# Release\n\n## When to use\n\nWhen shipping a version.\n',
  },
  check({ skill, report }) {
    const frontmatter = skill.frontmatter;
    if (!frontmatter) return;
    const children = skill.tree?.children ?? [];

    const field = frontmatter.metadataFields.get('kind');
    let kind: SkillKind | null = null;
    if (!field) {
      const metadata = frontmatter.fields.get('metadata');
      report(metadata ? metadata.keySpan : { start: { line: frontmatter.openLine, column: 1 } }, `Add \`metadata.kind\`, one of ${SKILL_KINDS.join(', ')}: it decides how the body opens`);
    } else if (typeof field.value !== 'string' || !(SKILL_KINDS as readonly string[]).includes(field.value.trim())) {
      report(field.valueSpan, `\`metadata.kind\` must be one of ${SKILL_KINDS.join(', ')}`);
    } else {
      kind = field.value.trim() as SkillKind;
    }

    if (kind) {
      const first = children.findIndex((node) => node.type === 'heading' && node.depth === 2);
      if (first === -1) {
        report({ start: { line: skill.bodyLine, column: 1 } }, `A ${kind} skill opens with a \`##\` section holding ${OPENING[kind]}; the body has no \`##\` section`);
      } else {
        let end = first + 1;
        while (end < children.length && !(children[end]!.type === 'heading' && (children[end] as Heading).depth <= 2)) end++;
        if (!opensAsItShould(kind, shapesOf(children.slice(first + 1, end)))) {
          report(spanOf(children[first]!), `The first \`##\` section of a ${kind} skill holds ${OPENING[kind]}`);
        }
      }
    }

    for (const node of children) {
      if (node.type === 'heading' && isWhenToUseHeading(node)) {
        report(spanOf(node), 'A "When to use" section repeats the description; put routing ("Not for X; use `other`") in the description and drop the section');
      }
    }

    const { items, sentences } = collectProse(children);
    for (const { item, sentence } of repeatedSentences(items, sentences)) {
      report(spanOf(item), `Checklist item repeats line ${sentence.line}; keep only checks the body does not already state`);
    }

    const lines = bodyLineCount(skill.body);
    if (lines < MIN_BODY_LINES) {
      report({ start: { line: skill.bodyLine, column: 1 } }, `Body is ${lines} lines long; a catalog skill has ${MIN_BODY_LINES} to 500 lines (fill in what a reader needs, or fold it into a related skill)`);
    }
  },
};
export default rule;
