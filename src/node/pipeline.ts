import { realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { DEFAULT_LINT_CONFIG, type LintConfig } from '../core/config.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { lintSkill, lintTree } from '../core/lint.ts';
import { TRIGGERS_PATH } from '../core/rules/evals-triggers.ts';
import type { Preset } from '../core/rules/types.ts';
import { parseSkill, type MarkdownParser, type ParsedSkill, type SkillSource } from '../core/skill.ts';
import { loadCategories, loadProjectConfig } from './config.ts';
import { discoverSkills, type FoundSkill } from './discover.ts';
import { readSkillFile, scanResources, toPosix } from './read.ts';

export interface CheckOptions {
  cwd: string;
  paths: readonly string[];
  /** Overrides the preset chosen from the project config. */
  preset?: Preset;
}

export interface CheckedSkill {
  found: FoundSkill;
  parsed: ParsedSkill;
  skillFile: { size: number; sha256: string };
  diagnostics: Diagnostic[];
}

export interface CheckResult {
  config: LintConfig;
  skills: CheckedSkill[];
  diagnostics: Diagnostic[];
  /** Number of files checked (SKILL.md files plus the categories file when used). */
  files: number;
  missing: string[];
}

export async function checkPaths(options: CheckOptions): Promise<CheckResult> {
  const cwd = resolve(options.cwd);
  const project = loadProjectConfig(cwd);
  const discovery = discoverSkills(options.paths, project?.catalogRoot ?? null);
  const inCatalog = project !== null && discovery.skills.length > 0 && discovery.skills.every((skill) => skill.treeRoot === project.catalogRoot);
  const preset = options.preset ?? (inCatalog ? project.preset : 'default');
  const diagnostics: Diagnostic[] = [];
  let categories: LintConfig['categories'] = null;
  let files = 0;
  if (inCatalog && preset === 'catalog') {
    const loaded = loadCategories(project.categoriesFile, display(cwd, project.categoriesFile));
    categories = loaded.categories;
    diagnostics.push(...loaded.diagnostics);
    files++;
  }
  const config: LintConfig = { ...DEFAULT_LINT_CONFIG, preset, categories };

  const parseMarkdown: MarkdownParser | null = preset === 'spec' ? null : (await import('../core/markdown.ts')).parseMarkdown;
  const realRoots = new Map<string, string>();
  const skills: CheckedSkill[] = [];
  for (const found of discovery.skills) {
    let realRoot = realRoots.get(found.treeRoot);
    if (realRoot === undefined) {
      realRoot = realpathSync(found.treeRoot);
      realRoots.set(found.treeRoot, realRoot);
    }
    const file = display(cwd, found.absolutePath);
    const read = readSkillFile(found.absolutePath, file, realRoot);
    const resources =
      found.layout === 'folder' && read.text !== null
        ? scanResources(dirname(found.absolutePath), found.absolutePath.split(/[\\/]/).pop()!, [TRIGGERS_PATH], config.maxResourceBytes)
        : { files: [], texts: {} };
    const source: SkillSource = {
      file,
      sourcePath: found.sourcePath,
      expectedName: found.expectedName,
      category: found.category,
      layout: found.layout,
      text: read.text,
      files: resources.files,
      resourceTexts: resources.texts,
      readDiagnostics: read.diagnostics,
    };
    const parsed = parseSkill(source, parseMarkdown);
    skills.push({ found, parsed, skillFile: { size: read.size, sha256: read.sha256 }, diagnostics: lintSkill(parsed, config) });
    files++;
  }
  for (const skill of skills) diagnostics.push(...skill.diagnostics);
  diagnostics.push(...lintTree(skills.map((skill) => skill.parsed), config));
  diagnostics.sort(compareDiagnostics);
  return { config, skills, diagnostics, files, missing: discovery.missing };
}

function display(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return toPosix(rel === '' ? '.' : rel);
}
