// What the site publishes from a skill's untrusted values, and under which names and URLs.
import { describe, expect, it } from 'vitest';
import { aliasPages, isPageSegment, planResources, publishedLink, publishedName, resourcePathProblem } from '../../src/site/published.ts';

describe('published names of resource files', () => {
  it('keeps inert types and appends .txt to anything a browser renders or runs', () => {
    for (const path of ['references/api.md', 'scripts/run.sh', 'scripts/tool.py', 'data/table.csv', 'config.yaml', 'notes.txt', 'evals/train_queries.json']) expect(publishedName(path)).toBe(path);
    for (const path of ['a.html', 'a.HTM', 'a.xhtml', 'a.svg', 'a.xml', 'a.js', 'a.mjs', 'a.css', 'a.pdf', 'a.mhtml', 'lib.rs', 'noextension', '.hidden', 'a.md.html']) {
      expect(publishedName(path)).toBe(`${path}.txt`);
    }
  });

  it.each(['..', '../x.md', 'a/../b.md', './a.md', 'a//b.md', '/abs.md', 'a\\..\\b.md', '%2e%2e/x.md', 'a:b.md', 'x\n.md', '-rf.md', '$(touch PWNED).md', 'a/ b.md', 'trailing.', 'C:/x.md'])(
    'refuses the path %j',
    (path) => expect(resourcePathProblem(path)).not.toBeNull(),
  );

  it('leaves out unsafe paths and names that collide, the file published as is winning', () => {
    const plan = planResources('skill', ['references/a.html', 'references/a.html.txt', 'SKILL.md', 'Skill.md', '../escape.md', 'references/b.svg']);
    expect([...plan.files]).toEqual([
      ['references/a.html.txt', 'references/a.html.txt'],
      ['references/b.svg', 'references/b.svg.txt'],
    ]);
    expect(plan.skipped).toHaveLength(4);
    expect(plan.skipped.join('\n')).toContain('"references/a.html" is not published: its published name references/a.html.txt is taken');
  });
});

describe('links of a skill body to its published files', () => {
  const files = new Map([['references/page.html', 'references/page.html.txt'], ['references/notes.md', 'references/notes.md'], ['a b/c.md', 'a b/c.md']]);
  const folder = '/base/.well-known/agent-skills/demo/';

  it('point to the published name, keeping query and fragment', () => {
    expect(publishedLink('references/page.html#top', folder, files)).toBe(`${folder}references/page.html.txt#top`);
    expect(publishedLink('./references/notes.md?raw=1#part-2', folder, files)).toBe(`${folder}references/notes.md?raw=1#part-2`);
    expect(publishedLink('a%20b/c.md', folder, files)).toBe(`${folder}a%20b/c.md`);
  });

  it('resolve anything else plainly, even outside the folder', () => {
    expect(publishedLink('references/missing.html', folder, files)).toBe(`${folder}references/missing.html`);
    expect(publishedLink('../other/SKILL.md', folder, files)).toBe('/base/.well-known/agent-skills/other/SKILL.md');
    expect(publishedLink('%E0%A4%A', folder, files)).toBe(`${folder}%E0%A4%A`);
  });
});

describe('alias pages', () => {
  it('go only to plain names that no skill has and no earlier skill claimed', () => {
    expect(isPageSegment('docker-compose')).toBe(true);
    const { pages, skipped } = aliasPages([
      { name: 'docker', aliases: ['dockerfile', '..', '../../contribute', '<script>x', '..\\..', '%2e%2e', 'k8s', 'Helm', 'javascript:alert(1)', '//evil.example', ''] },
      { name: 'helm', aliases: ['k8s', 'charts', 'DOCKER'] },
    ]);
    expect(pages).toEqual([
      { alias: 'dockerfile', target: 'docker' },
      { alias: 'k8s', target: 'docker' },
      { alias: 'charts', target: 'helm' },
    ]);
    expect(skipped).toHaveLength(11);
    expect(skipped).toContain('docker: alias "Helm" gets no page: a skill has that name');
    expect(skipped).toContain('helm: alias "k8s" gets no page: docker claims it first');
  });
});
