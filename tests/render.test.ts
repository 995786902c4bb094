import { describe, expect, it } from 'vitest';
import { headingAnchor } from '../src/core/headings.ts';
import { renderBody } from '../src/core/render.ts';
import { parse, skillText } from './helpers.ts';

const render = (body: string) => renderBody(parse(skillText('name: my-skill\ndescription: x', body)).tree!);

describe('renderBody', () => {
  it('renders GFM tables and task lists', () => {
    const { html } = render('| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n');
    expect(html).toContain('<table tabindex="0">');
    expect(html).toContain('<input type="checkbox" checked disabled>');
  });

  it('gives headings the ids recorded in the bundle, de-duplicated, under a prefix on the page', () => {
    const { html, headings } = render('# Setup\n\n## Setup\n\n## Ünïcode & Symbols!\n');
    expect(headings.map((h) => h.id)).toEqual(['setup', 'setup-1', 'ünïcode--symbols']);
    expect(html).toContain('<h1 id="user-content-setup">');
    expect(html).toContain('<h2 id="user-content-setup-1">');
    expect(headingAnchor('setup-1')).toBe('user-content-setup-1');
  });

  it('never gives skill content an id the page itself uses, and keeps its own links to its headings working', () => {
    const { html } = render('# Main\n\n## Copy skill\n\nSee [copying](#copy-skill), [elsewhere](#not-a-heading) and [the top](#main).\n');
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['user-content-main', 'user-content-copy-skill']);
    expect(html).toContain('<a href="#user-content-copy-skill">copying</a>');
    expect(html).toContain('<a href="#not-a-heading">elsewhere</a>');
    expect(html).toContain('<a href="#user-content-main">the top</a>');
  });

  it('drops raw HTML, scripts, event handlers and dangerous URLs', () => {
    const { html } = render(
      '<script>alert(1)</script>\n\n<div onclick="x()">raw</div>\n\n[click](javascript:alert(1)) [data](data:text/html,hi) [vb](vbscript:x)\n\n![img](javascript:alert(2))\n',
    );
    expect(html).not.toMatch(/<script|onclick|javascript:|data:text|vbscript:|<div/);
    expect(html).toContain('click');
  });

  it('keeps code language classes for highlighting', () => {
    expect(render('```python\nprint(1)\n```\n').html).toContain('<code class="language-python">');
  });

  it('renders a runnable or partial block in the language its info string starts with', () => {
    expect(render('```python run\nprint(1)\n```\n').html).toContain('<code class="language-python">');
    const bash = render('```bash run\necho hi\n```\n').html;
    expect(bash).toBe(render('```bash\necho hi\n```\n').html);
    expect(bash).not.toContain('run');
    expect(render('```json partial\n{"a":\n```\n').html).toBe(render('```json\n{"a":\n```\n').html);
  });
});
