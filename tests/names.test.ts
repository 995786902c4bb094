import { describe, expect, it } from 'vitest';
import { lintSkill, lintTree, summarize } from '../src/core/lint.ts';
import { DEFAULT_LINT_CONFIG } from '../src/core/config.ts';
import { at, lint, parse, skillText } from './helpers.ts';

const DESCRIPTION = 'description: Builds container images. Use when writing a Dockerfile.';

describe('name-ascii', () => {
  it('refuses look-alike letters in a name, naming the character and what it passes for', () => {
    const diagnostics = lint(skillText(`name: d\u043Ecker\n${DESCRIPTION}`), { name: 'd\u043Ecker' });
    expect(at(diagnostics, 'name-ascii')).toEqual(['2:7']);
    expect(diagnostics.find((d) => d.rule === 'name-ascii')?.message).toContain('U+043E, which looks like "o"');
  });
  it('validates every alias like a name, at the alias', () => {
    const diagnostics = lint(skillText(`name: my-skill\n${DESCRIPTION}\nmetadata:\n  aliases: good ../../contribute <script>x Caps`));
    expect(at(diagnostics, 'name-ascii')).toEqual(['5:17', '5:34', '5:44']);
  });
});

describe('alias-conflicts and similar-names across a tree', () => {
  const summaries = (...texts: Array<[string, string]>) => texts.map(([name, frontmatter]) => summarize(parse(skillText(frontmatter), { name })));
  it('refuses an alias that is its own name, another skill\'s name or another skill\'s alias', () => {
    const tree = summaries(
      ['docker', `name: docker\n${DESCRIPTION}\nmetadata:\n  aliases: docker helm containers`],
      ['helm', `name: helm\n${DESCRIPTION}\nmetadata:\n  aliases: containers`],
    );
    const diagnostics = lintTree(tree, DEFAULT_LINT_CONFIG).filter((d) => d.rule === 'alias-conflicts');
    expect(diagnostics.map((d) => `${d.file} ${d.line}:${d.column} ${d.message.slice(0, 40)}`)).toEqual([
      'skills/tools/docker/SKILL.md 5:12 Alias "docker" repeats the skill\'s own n',
      'skills/tools/docker/SKILL.md 5:19 Alias "helm" is the name of skills/tools',
      'skills/tools/helm/SKILL.md 5:12 Alias "containers" is also an alias of s',
    ]);
  });
  it('warns about names that look alike or are one typo apart, and leaves short or distinct names alone', () => {
    const tree = summaries(['docker', `name: docker\n${DESCRIPTION}`], ['dokcer', `name: dokcer\n${DESCRIPTION}`], ['helm', `name: helm\n${DESCRIPTION}`], ['helx', `name: helx\n${DESCRIPTION}`], ['go', `name: go\n${DESCRIPTION}`], ['gx', `name: gx\n${DESCRIPTION}`]);
    const diagnostics = lintTree(tree, DEFAULT_LINT_CONFIG).filter((d) => d.rule === 'similar-names');
    expect(diagnostics.map((d) => `${d.file} ${d.severity}`).sort()).toEqual([
      'skills/tools/docker/SKILL.md warning',
      'skills/tools/dokcer/SKILL.md warning',
      'skills/tools/helm/SKILL.md warning',
      'skills/tools/helx/SKILL.md warning',
    ]);
  });
});

describe('resource-name', () => {
  it('refuses file names with shell, URL or control characters, leading dashes and dot parts', () => {
    const skill = parse(skillText(`name: my-skill\n${DESCRIPTION}`), { files: ['references/ok_v2.md', 'references/$(touch${IFS}PWNED).md', 'scripts/-rf', 'references/a\nb.md', 'references/%2e%2e.md', 'assets/a b.png'] });
    const found = lintSkill(skill, DEFAULT_LINT_CONFIG).diagnostics.filter((d) => d.rule === 'resource-name');
    expect(found.map((d) => d.file)).toEqual([
      'skills/tools/my-skill/assets/a b.png',
      'skills/tools/my-skill/references/$(touch${IFS}PWNED).md',
      'skills/tools/my-skill/references/%2e%2e.md',
      'skills/tools/my-skill/references/a\nb.md',
      'skills/tools/my-skill/scripts/-rf',
    ]);
    expect(found.every((d) => d.line === null && d.severity === 'error')).toBe(true);
  });
});
