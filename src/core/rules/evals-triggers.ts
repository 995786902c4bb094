import { EVAL_CASES_PATH, EvalCasesSchema, LEGACY_TRIGGERS_PATH, TRAIN_QUERIES_PATH, TriggerQueriesSchema, VALIDATION_QUERIES_PATH, type TriggerQuery } from '../evals.ts';
import type { Point } from '../diagnostics.ts';
import { TriggersSchema } from '../schema.ts';
import { LineIndex } from '../text.ts';
import { resourceFile } from '../texts.ts';
import type { SkillRule, SkillRuleContext } from './types.ts';

const MIN_SHOULD_TRIGGER = 5;
const MIN_SHOULD_NOT_TRIGGER = 3;

const rule: SkillRule = {
  id: 'evals-triggers',
  scope: 'skill',
  severity: 'error',
  preset: 'catalog',
  docs: {
    summary:
      '`evals/train_queries.json` and `evals/validation_queries.json` (the Agent Skills format, `[{"query", "should_trigger"}]`, split about 60/40) hold at least 5 requests that should load the skill and 3 near misses that should not, each file some of both; `evals/evals.json`, when present, holds valid test cases for this skill. The older `evals/triggers.json` is read with a warning.',
    pass: '[\n  { "query": "write a Dockerfile for my Go service", "should_trigger": true },\n  { "query": "deploy this chart to my cluster", "should_trigger": false }\n]\n',
    fail: '[{ "query": "docker" }]\n',
  },
  check(context) {
    const { skill, report } = context;
    if (skill.source.layout === 'file') {
      report({ start: { line: 1, column: 1 } }, `Catalog skills are folders with ${TRAIN_QUERIES_PATH} and ${VALIDATION_QUERIES_PATH}; move this file to <name>/SKILL.md`);
      return;
    }
    const texts = skill.source.resourceTexts;
    const train = texts[TRAIN_QUERIES_PATH];
    const validation = texts[VALIDATION_QUERIES_PATH];
    if (train !== undefined || validation !== undefined) checkQueryFiles(context, train, validation);
    else if (texts[LEGACY_TRIGGERS_PATH] !== undefined) checkLegacy(context, texts[LEGACY_TRIGGERS_PATH]!);
    else report({ start: { line: 1, column: 1 } }, `Missing ${TRAIN_QUERIES_PATH} and ${VALIDATION_QUERIES_PATH}; add [{"query": "…", "should_trigger": true|false}, …] with 5+ requests for the skill and 3+ near misses, split about 60/40`);
    if (texts[EVAL_CASES_PATH] !== undefined) checkEvalCases(context, texts[EVAL_CASES_PATH]!);
  },
};
export default rule;

/** Parses a JSON file of the skill, reporting a syntax error at its position. */
function parseJson(context: SkillRuleContext, path: string, text: string): { data: unknown; lines: LineIndex } | null {
  const lines = new LineIndex(text);
  try {
    return { data: JSON.parse(text), lines };
  } catch (error) {
    const match = /position (\d+)/.exec(String((error as Error).message));
    context.report({ start: lines.pointAt(match ? Number(match[1]) : 0) }, `Invalid JSON: ${(error as Error).message}`, { file: resourceFile(context.skill.source.file, path) });
    return null;
  }
}

/** Where the `index`-th element of a top-level JSON array starts (its opening brace), else the file start. */
function elementAt(text: string, lines: LineIndex, index: number): Point {
  let depth = 0;
  let seen = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (depth === 1 && ++seen === index) return lines.pointAt(i);
      depth++;
    } else if (char === ']' || char === '}') depth--;
  }
  return lines.pointAt(0);
}

function reportIssues(context: SkillRuleContext, path: string, text: string, lines: LineIndex, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, locate: (issuePath: readonly PropertyKey[]) => Point) {
  for (const issue of issues) {
    const where = issue.path.map(String).join('.');
    context.report({ start: locate(issue.path) }, `${where ? `${where}: ` : ''}${issue.message}`, { file: resourceFile(context.skill.source.file, path) });
  }
}

function checkQueryFiles(context: SkillRuleContext, train: string | undefined, validation: string | undefined) {
  const missing = train === undefined ? TRAIN_QUERIES_PATH : validation === undefined ? VALIDATION_QUERIES_PATH : null;
  if (missing) {
    context.report({ start: { line: 1, column: 1 } }, `Missing ${missing}; trigger queries come in two files, train and validation (about 60/40)`);
    return;
  }
  const sets: Array<{ path: string; queries: TriggerQuery[] }> = [];
  for (const [path, text] of [[TRAIN_QUERIES_PATH, train!], [VALIDATION_QUERIES_PATH, validation!]] as const) {
    const parsed = parseJson(context, path, text);
    if (!parsed) return;
    const result = TriggerQueriesSchema.safeParse(parsed.data);
    if (!result.success) {
      reportIssues(context, path, text, parsed.lines, result.error.issues, (issuePath) => (typeof issuePath[0] === 'number' ? elementAt(text, parsed.lines, issuePath[0]) : parsed.lines.pointAt(0)));
      return;
    }
    sets.push({ path, queries: result.data });
  }
  const all = sets.flatMap((set) => set.queries);
  const positives = all.filter((query) => query.should_trigger).length;
  if (positives < MIN_SHOULD_TRIGGER) context.report({ start: { line: 1, column: 1 } }, `Only ${positives} queries should trigger the skill; list at least ${MIN_SHOULD_TRIGGER} across ${TRAIN_QUERIES_PATH} and ${VALIDATION_QUERIES_PATH}`, { file: resourceFile(context.skill.source.file, TRAIN_QUERIES_PATH) });
  if (all.length - positives < MIN_SHOULD_NOT_TRIGGER) context.report({ start: { line: 1, column: 1 } }, `Only ${all.length - positives} near misses (should_trigger false); list at least ${MIN_SHOULD_NOT_TRIGGER}`, { file: resourceFile(context.skill.source.file, TRAIN_QUERIES_PATH) });
  for (const { path, queries } of sets) {
    if (!queries.some((query) => query.should_trigger) || queries.every((query) => query.should_trigger)) {
      context.report({ start: { line: 1, column: 1 } }, 'Each split needs queries that should trigger the skill and near misses that should not', { file: resourceFile(context.skill.source.file, path) });
    }
  }
  const seen = new Map<string, string>();
  for (const { path, queries } of sets) {
    for (const query of queries) {
      const key = query.query.trim().toLowerCase();
      const earlier = seen.get(key);
      if (earlier) context.report({ start: { line: 1, column: 1 } }, `The query "${query.query.slice(0, 80)}" appears twice (also in ${earlier}); a query in both splits makes validation meaningless`, { file: resourceFile(context.skill.source.file, path) });
      else seen.set(key, path);
    }
  }
}

function checkLegacy(context: SkillRuleContext, text: string) {
  const file = resourceFile(context.skill.source.file, LEGACY_TRIGGERS_PATH);
  const parsed = parseJson(context, LEGACY_TRIGGERS_PATH, text);
  if (!parsed) return;
  const result = TriggersSchema.safeParse(parsed.data);
  if (!result.success) {
    reportIssues(context, LEGACY_TRIGGERS_PATH, text, parsed.lines, result.error.issues, (issuePath) => {
      const index = issuePath[0] === undefined ? -1 : text.indexOf(`"${String(issuePath[0])}"`);
      return parsed.lines.pointAt(index === -1 ? 0 : index);
    });
    return;
  }
  context.report(
    { start: { line: 1, column: 1 } },
    `${LEGACY_TRIGGERS_PATH} is the older format; move to ${TRAIN_QUERIES_PATH} and ${VALIDATION_QUERIES_PATH} ([{"query", "should_trigger"}], about 60/40): \`npm run migrate-evals\` does it`,
    { file, severity: 'warning' },
  );
}

function checkEvalCases(context: SkillRuleContext, text: string) {
  const { skill, report } = context;
  const file = resourceFile(skill.source.file, EVAL_CASES_PATH);
  const parsed = parseJson(context, EVAL_CASES_PATH, text);
  if (!parsed) return;
  const result = EvalCasesSchema.safeParse(parsed.data);
  const keyAt = (key: string) => {
    const index = text.indexOf(`"${key}"`);
    return parsed.lines.pointAt(index === -1 ? 0 : index);
  };
  if (!result.success) {
    reportIssues(context, EVAL_CASES_PATH, text, parsed.lines, result.error.issues, (issuePath) => keyAt(String(issuePath[issuePath.length - 1] ?? issuePath[0] ?? '')));
    return;
  }
  const name = skill.frontmatter?.fields.get('name')?.value;
  if (typeof name === 'string' && result.data.skill_name !== name) report({ start: keyAt('skill_name') }, `skill_name "${result.data.skill_name}" is not this skill's name "${name}"`, { file });
  const ids = new Set<string>();
  const present = new Set(skill.source.files.map((entry) => entry.path));
  for (const testCase of result.data.evals) {
    const id = String(testCase.id);
    if (ids.has(id)) report({ start: keyAt('evals') }, `Test case id ${JSON.stringify(testCase.id)} is used twice`, { file });
    ids.add(id);
    for (const input of testCase.files ?? []) {
      if (!present.has(input)) report({ start: keyAt('evals') }, `Test case ${JSON.stringify(testCase.id)} names the file "${input}", which is not in the skill folder`, { file });
    }
  }
}
