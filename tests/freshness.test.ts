import { describe, expect, it } from 'vitest';
import { dayNumber } from '../src/core/rules/freshness.ts';
import { at, CATALOG_CONFIG, lint, makeTree, runCli as run, skillText, triggerFilesAt, VALID_TRIGGER_FILES } from './helpers.ts';

const DESCRIPTION = 'description: Does a thing. Use when you need the thing.';
const TODAY = '2026-12-05';
const options = (config: object = {}) => ({ config: { ...CATALOG_CONFIG, today: TODAY, ...config }, resourceTexts: VALID_TRIGGER_FILES });
const withMetadata = (lines: string) => skillText(`name: my-skill\n${DESCRIPTION}\nmetadata:\n  tags: alpha beta\n${lines}`);
const messages = (text: string, config: object = {}) => lint(text, options(config)).filter((d) => d.rule === 'freshness').map((d) => d.message);

describe('freshness rule (expected line:column)', () => {
  it('accepts a recent date with tested-with', () => {
    expect(at(lint(withMetadata('  verified: "2026-11-30"\n  tested-with: "node 24"'), options()), 'freshness')).toEqual([]);
    expect(at(lint(withMetadata(`  verified: "${TODAY}"\n  tested-with: "node 24"`), options()), 'freshness')).toEqual([]);
  });

  it('reports missing fields at the metadata key, or at the closing fence without metadata', () => {
    expect(at(lint(withMetadata('  owner: docs'), options()), 'freshness')).toEqual(['4:1', '4:1']);
    const bare = lint(skillText(`name: my-skill\n${DESCRIPTION}`), options());
    expect(at(bare, 'freshness')).toEqual(['4:1', '4:1']);
    expect(bare.filter((d) => d.rule === 'freshness').every((d) => d.severity === 'warning')).toBe(true);
  });

  it('reports a date that is not YYYY-MM-DD or not on the calendar, at the value', () => {
    for (const value of ['"5 Dec 2026"', '"2026-2-5"', '"2026-02-30"', '"2026-13-01"', '"２０２６-12-05"', '""']) {
      expect(at(lint(withMetadata(`  verified: ${value}\n  tested-with: "node 24"`), options()), 'freshness')).toEqual(['6:13']);
    }
  });

  it('reports a date in the future', () => {
    const found = messages(withMetadata('  verified: "2026-12-06"\n  tested-with: "node 24"'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('in the future');
  });

  it('reports a date older than maxSkillAgeDays, with the age', () => {
    const text = withMetadata('  verified: "2025-12-04"\n  tested-with: "node 24"');
    expect(at(lint(text, options()), 'freshness')).toEqual(['6:13']);
    expect(messages(text)[0]).toContain('366 days ago');
    expect(messages(withMetadata('  verified: "2025-12-05"\n  tested-with: "node 24"'))).toEqual([]);
    expect(messages(text, { maxSkillAgeDays: 400 })).toEqual([]);
    expect(messages(withMetadata('  verified: "2026-10-01"\n  tested-with: "node 24"'), { maxSkillAgeDays: 30 })[0]).toContain('65 days ago');
  });

  it('skips date comparisons when no date is given, and non-string values (metadata-format reports those)', () => {
    expect(messages(withMetadata('  verified: "2020-01-01"\n  tested-with: "node 24"'), { today: null })).toEqual([]);
    expect(messages(withMetadata('  verified: 20261205\n  tested-with: "node 24"'))).toEqual([]);
  });

  it('reports an empty tested-with at its value', () => {
    expect(at(lint(withMetadata('  verified: "2026-12-01"\n  tested-with: "  "'), options()), 'freshness')).toEqual(['7:16']);
  });

  it('runs only in the catalog preset', () => {
    expect(lint(skillText(`name: my-skill\n${DESCRIPTION}`), { config: { today: TODAY } }).filter((d) => d.rule === 'freshness')).toEqual([]);
  });

  it('parses calendar dates exactly', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-02-29')).not.toBeNull();
    expect(dayNumber('2025-02-29')).toBeNull();
    expect(dayNumber('2026-12-05T00:00')).toBeNull();
    expect(dayNumber('20a6-12-05')).toBeNull();
  });
});

describe('maxSkillAgeDays in skillpack.config.json', () => {
  const project = (config: object) =>
    makeTree({
      'skillpack.config.json': JSON.stringify({ catalog: 'skills', preset: 'catalog', ...config }),
      'skills/categories.yaml': 'tools:\n  title: Tools\n  description: Tools.\n',
      'skills/tools/old-skill/SKILL.md': withMetadata('  verified: "2000-01-01"\n  tested-with: "node 24"').replace('my-skill', 'old-skill'),
      ...triggerFilesAt('skills/tools/old-skill'),
    });

  it('sets the age limit of the check command, which still exits 0 on the warning', () => {
    const root = project({});
    const result = run(['check', '--format', 'json', '--no-cache'], root);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const stale = report.diagnostics.filter((d: { rule: string }) => d.rule === 'freshness');
    expect(stale.map((d: { line: number; column: number; severity: string }) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['6:13 warning']);
    expect(JSON.parse(run(['check', '--format', 'json', '--no-cache'], project({ maxSkillAgeDays: 36_500 })).stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'freshness')).toEqual([]);
  });

  it('refuses a value that is not a whole number of days', () => {
    for (const bad of [0, -5, 1.5, '365', null, 1e9]) {
      const result = run(['check'], project({ maxSkillAgeDays: bad }));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('maxSkillAgeDays');
    }
  });
});
