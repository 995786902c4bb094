import { describe, expect, it } from 'vitest';
import rule from '../src/core/rules/skill-structure.ts';
import { at, CATALOG_CONFIG, lint, parse, skillText } from './helpers.ts';

const CATALOG = { config: CATALOG_CONFIG };
/** Frontmatter on lines 2–6 (`kind` on line 6); the body starts on line 8. */
const frontmatter = (kind = 'procedure') => `name: my-skill\ndescription: Does a thing. Use when you need the thing.\nmetadata:\n  tags: alpha beta\n  kind: ${kind}`;
/** Prose lines that share no content word with anything else in the fixtures. */
const filler = (lines: number) => Array.from({ length: lines }, (_, i) => `Filler line ${i}.`).join('\n');
/** A body: title on line 8, then `opening` from line 10, then filler up to 150 lines in all. */
const body = (opening: string, total = 150) => {
  const text = `# Title\n\n${opening}\n\n`;
  const used = text.split('\n').length - 1;
  return `${text}${filler(Math.max(0, total - used))}\n`;
};
const findings = (text: string, options = CATALOG) => at(lint(text, options), 'skill-structure');
const messages = (text: string) => lint(text, CATALOG).filter((d) => d.rule === 'skill-structure').map((d) => `${d.line}:${d.column} ${d.message}`);

describe('skill-structure (catalog; expected line:column)', () => {
  it('accepts each kind opening with its shape', () => {
    expect(findings(skillText(frontmatter('procedure'), body('## Steps\n\n1. Do it; the log says done.\n2. Check it.')))).toEqual([]);
    expect(findings(skillText(frontmatter('reference'), body('## Flags\n\n| flag | meaning |\n| --- | --- |\n| -v | verbose |')))).toEqual([]);
    expect(findings(skillText(frontmatter('patterns'), body('## Choosing\n\n| situation | choose | avoid |\n| --- | --- | --- |\n| a | b | c |')))).toEqual([]);
    expect(findings(skillText(frontmatter('debugging'), body('## Triage\n\n- Slow only under load?\n  - yes: check the pool size')))).toEqual([]);
    expect(findings(skillText(frontmatter('debugging'), body('## Triage\n\n| symptom | cause | check | fix |\n| --- | --- | --- | --- |\n| a | b | c | d |')))).toEqual([]);
    expect(findings(skillText(frontmatter('review'), body('## Rubric\n\n- [ ] Inputs validated')))).toEqual([]);
    expect(findings(skillText(frontmatter('review'), body('## Rubric\n\n| check | how | severity |\n| --- | --- | --- |\n| a | b | c |')))).toEqual([]);
    // Intro prose before the first `##` and sub-sections inside it are fine.
    expect(findings(skillText(frontmatter('procedure'), body('Intro prose.\n\n## Steps\n\nFirst, read this.\n\n### Build\n\n1. Build.')))).toEqual([]);
  });

  it('asks for metadata.kind at the metadata key, or at the frontmatter start', () => {
    const noKind = 'name: my-skill\ndescription: Does a thing. Use when you need the thing.\nmetadata:\n  tags: alpha beta';
    expect(findings(skillText(noKind, body('## Steps\n\n1. Do it.')))).toEqual(['4:1']);
    expect(findings(skillText('name: my-skill\ndescription: Does a thing. Use when you need the thing.', body('## Steps\n\n1. Do it.')))).toEqual(['1:1']);
    expect(messages(skillText(frontmatter('tutorial'), body('## Steps\n\n1. Do it.')))).toEqual(['6:9 `metadata.kind` must be one of procedure, reference, debugging, patterns, review']);
    // An unknown kind says nothing about the opening section.
    expect(findings(skillText(frontmatter('tutorial'), body('## Notes\n\nProse.')))).toEqual(['6:9']);
  });

  it('reports a first section that does not match the kind, at its heading', () => {
    expect(messages(skillText(frontmatter('procedure'), body('## Steps\n\n- Do it.\n- Check it.\n\n## Later\n\n1. An ordered list in a later section does not count.')))).toEqual([
      '10:1 The first `##` section of a procedure skill holds an ordered list of steps (`1.`)',
    ]);
    expect(findings(skillText(frontmatter('reference'), body('## Flags\n\n- `-v` verbose')))).toEqual(['10:1']);
    expect(findings(skillText(frontmatter('patterns'), body('Intro.\n\n## Choosing\n\n1. Pick one.')))).toEqual(['12:1']);
    // One list level is not a decision tree.
    expect(findings(skillText(frontmatter('debugging'), body('## Triage\n\n- Slow?\n- Crashing?')))).toEqual(['10:1']);
    // A plain list is not a rubric.
    expect(findings(skillText(frontmatter('review'), body('## Rubric\n\n- Inputs validated')))).toEqual(['10:1']);
    // A body with no `##` section at all is reported at its first line.
    expect(messages(skillText(frontmatter('reference'), body('Only prose.')))).toEqual([
      '8:1 A reference skill opens with a `##` section holding a quick-reference table; the body has no `##` section',
    ]);
  });

  it('reports "When to use" sections at their heading, in any case', () => {
    const opening = '## Steps\n\n1. Do it.\n\n## When to use\n\nWhen you need it.\n\n### When NOT to use:\n\nOther times.\n\n## WHEN TO USE THIS SKILL\n\nNow.';
    expect(findings(skillText(frontmatter(), body(opening)))).toEqual(['14:1', '18:1', '22:1']);
    // Headings that only start alike are the subject's own.
    expect(findings(skillText(frontmatter(), body('## Steps\n\n1. Do it.\n\n## When to use which index\n\n## Used when offline')))).toEqual([]);
  });

  it('reports checklist items that repeat a body sentence, naming its line', () => {
    const opening = [
      '## Steps', // 10
      '',
      '1. Pin the compiler version in the toolchain file so every machine builds alike.', // 12
      '2. Run the migrations against a copy of production data first.', // 13
      '',
      '## Checklist', // 15
      '',
      '- [ ] Compiler version pinned in the toolchain file.', // 17: repeats line 12
      '- [ ] Release notes drafted for the changelog reviewers.', // 18: says something new
      '- [ ] Migrations run.', // 19: too short to judge
      '- [ ] Migrations tested against production data copy.', // 20: repeats line 13
      '',
      'Migrations tested against production data copy, again.', // 22: inside the checklist section, not a body sentence
    ].join('\n');
    expect(messages(skillText(frontmatter(), body(opening)))).toEqual([
      '17:1 Checklist item repeats line 12; keep only checks the body does not already state',
      '20:1 Checklist item repeats line 13; keep only checks the body does not already state',
    ]);
    // The sentence is found on its own line inside a wrapped paragraph, and a section after the checklist counts as body.
    const wrapped = [
      '## Steps', // 10
      '',
      '1. Start here, then read the notes',
      '   below. Pin the compiler version in the toolchain file.', // 13: the sentence starts here
      '',
      '## Pre-merge checklist', // 15
      '',
      '- Compiler version pinned in the toolchain file', // 17
      '- Release notes drafted for the changelog reviewers', // 18
      '',
      '## Notes', // 20
      '',
      'Release notes are drafted for the changelog reviewers.', // 22
    ].join('\n');
    expect(messages(skillText(frontmatter(), body(wrapped)))).toEqual([
      '17:1 Checklist item repeats line 13; keep only checks the body does not already state',
      '18:1 Checklist item repeats line 22; keep only checks the body does not already state',
    ]);
    // Under a heading not named like a checklist, a list is body, not a checklist.
    expect(findings(skillText(frontmatter(), body('## Steps\n\n1. Pin the compiler version in the toolchain file.\n\n## Summary\n\n- Compiler version pinned in the toolchain file.')))).toEqual([]);
  });

  it('reports a body shorter than 150 lines at its first line', () => {
    const opening = '## Steps\n\n1. Do it.';
    expect(messages(skillText(frontmatter(), body(opening, 149)))).toEqual(['8:1 Body is 149 lines long; a catalog skill has 150 to 500 lines (fill in what a reader needs, or fold it into a related skill)']);
    expect(findings(skillText(frontmatter(), body(opening, 150)))).toEqual([]);
  });

  it('is off outside the catalog preset', () => {
    const bare = skillText('name: my-skill\ndescription: Does a thing. Use when you need the thing.', '# T\n\n## When to use\n\nAlways.\n');
    expect(findings(bare, { config: { ...CATALOG_CONFIG, preset: 'default' } })).toEqual([]);
    expect(findings(bare, { config: { ...CATALOG_CONFIG, preset: 'spec' } })).toEqual([]);
    expect(findings(bare).length).toBeGreaterThan(0);
  });

  it('stays linear on a body built so every checklist item shares every sentence', () => {
    const sentences = 'alpha bravo charlie delta echo. '.repeat(30_000);
    const items = '- alpha bravo charlie delta echo\n'.repeat(30_000);
    const skill = parse(skillText(frontmatter(), `# T\n\n## Steps\n\n1. ${sentences}\n\n## Checklist\n\n${items}`));
    const found: string[] = [];
    const started = performance.now();
    rule.check({ skill, config: CATALOG_CONFIG, report: (span) => found.push(`${span?.start.line}:${span?.start.column}`) });
    // Comparing every item with every sentence takes minutes; the rule's share is a fraction of a second.
    expect(performance.now() - started).toBeLessThan(5_000);
    // The first items are still compared before the budget runs out.
    expect(found).toContain('16:1');
  });
});
