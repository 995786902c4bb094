import { DEFAULT_LINT_CONFIG, type LintConfig } from './config.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Acknowledged } from './directives.ts';
import { lintSkill, lintTree, summarize } from './lint.ts';
import { parseMarkdownPortable } from './markdown-portable.ts';
import { renderBody } from './render.ts';
import { parseSkill, type SkillFile, type SkillSource } from './skill.ts';
import type { HeadingInfo } from './headings.ts';
import { bodyTokenCount } from './stats.ts';
import { countTokens } from './tokens.ts';
import { toPrompt } from './prompt.ts';
import { declaredName } from './declared-name.ts';

/** What a contributor hands the preview: the SKILL.md text and, when a folder was dropped, its other files. */
export interface PreviewInput {
  text: string;
  /** Folder name (the name the skill must have); defaults to the frontmatter `name`. */
  folder?: string;
  category?: string | null;
  /** Other files of the skill folder by relative path; text files with their content. */
  files?: Array<{ path: string; size: number; text?: string; binary?: boolean }>;
  /** Path shown in diagnostics (default `SKILL.md`). */
  file?: string;
}

export interface PreviewResult {
  diagnostics: Diagnostic[];
  acknowledged: Acknowledged[];
  /** Rendered body, exactly as the catalog page shows it; null when the file does not parse. */
  html: string | null;
  headings: HeadingInfo[];
  /** Token estimates (o200k_base), null until a tokenizer is installed. */
  tokens: { body: number; metadata: number } | null;
  /** How the skill is listed in an agent's prompt. */
  promptEntry: string | null;
}

/**
 * Runs the catalog's own parse, lint and render steps on one skill, in memory: the same code the
 * compiler and the site use, so a contributor sees what CI and the catalog page will show.
 */
export function previewSkill(input: PreviewInput, config: LintConfig = { ...DEFAULT_LINT_CONFIG, preset: 'catalog' }, tokenizerReady = true): PreviewResult {
  const folder = input.folder ?? declaredName(input.text) ?? 'skill';
  const file = input.file ?? 'SKILL.md';
  const files: SkillFile[] = (input.files ?? []).map((entry) => ({
    path: entry.path,
    size: entry.size,
    sha256: '0'.repeat(64),
    kind: 'file',
    executable: false,
    content: entry.binary ? 'binary' : 'text',
  }));
  const resourceTexts: Record<string, string> = {};
  for (const entry of input.files ?? []) if (entry.text !== undefined) resourceTexts[entry.path] = entry.text;
  const category = input.category ?? null;
  const source: SkillSource = {
    file,
    sourcePath: [category, folder, 'SKILL.md'].filter(Boolean).join('/'),
    expectedName: folder,
    category,
    layout: 'folder',
    text: input.text.replace(/^\uFEFF/, ''),
    files,
    resourceTexts,
    readDiagnostics: [],
  };
  const skill = parseSkill(source, parseMarkdownPortable);
  const { diagnostics, acknowledged } = lintSkill(skill, config);
  diagnostics.push(...lintTree([summarize(skill)], config));
  const rendered = skill.tree ? renderBody(skill.tree) : null;
  const name = skill.frontmatter?.data.name;
  const description = skill.frontmatter?.data.description;
  const listed = typeof name === 'string' && typeof description === 'string';
  return {
    diagnostics,
    acknowledged,
    html: rendered?.html ?? null,
    headings: rendered?.headings ?? [],
    tokens: tokenizerReady && listed ? { body: bodyTokenCount(skill), metadata: countTokens(`${name}\n${description}`) } : null,
    promptEntry: listed ? toPrompt([{ name, description, location: source.sourcePath }]) : null,
  };
}
