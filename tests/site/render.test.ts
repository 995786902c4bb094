// The core's render step as the site uses it: Shiki highlighting and relative links, on top of the
// sanitizing and heading ids that tests/render.test.ts covers.
import { describe, expect, it } from 'vitest';
import { canHighlight } from '../../src/core/highlight.ts';
import { renderBody } from '../../src/core/render.ts';
import { parse, skillText } from '../helpers.ts';

const tree = (body: string) => parse(skillText('name: my-skill\ndescription: x', body)).tree!;

describe('renderBody for the site', () => {
  it('highlights known languages with both themes through light-dark()', () => {
    const { html } = renderBody(tree('```ts\nconst answer: number = 42;\n```\n'));
    expect(html).toMatch(/^<pre class="shiki shiki-themes github-light github-dark-default" style="background-color:light-dark\(#fff, #0d1117\);color:light-dark\([^"]+\)" tabindex="0"><code class="language-ts">/);
    expect(html).toContain('<span style="color:light-dark(');
    expect(html).not.toContain('--shiki-');
  });

  it('keeps markup inside code as text', () => {
    const { html } = renderBody(tree('```html\n<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n```\n'));
    expect(html).not.toMatch(/<script|<img/);
    expect(html.replace(/<[^>]+>/g, '')).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('leaves unknown languages and plain fences unhighlighted', () => {
    expect(canHighlight('nonexistent-language')).toBe(false);
    expect(renderBody(tree('```nonexistent-language\nx\n```\n')).html).toBe('<pre><code class="language-nonexistent-language">x\n</code></pre>');
    expect(renderBody(tree('```\nplain\n```\n')).html).toBe('<pre><code>plain\n</code></pre>');
  });

  it('gives the same heading ids with and without code in between', () => {
    const { html, headings } = renderBody(tree('## Setup\n\n```bash\nls\n```\n\n## Setup\n'));
    expect(headings.map((heading) => heading.id)).toEqual(['setup', 'setup-1']);
    expect(html).toContain('<h2 id="user-content-setup-1">');
  });

  it('resolves relative links and images for where the page is shown, leaving other URLs alone', () => {
    const { html } = renderBody(tree('[guide](references/guide.md#step-1) [abs](https://example.com/a) [top](#setup) [root](/x) ![diagram](assets/flow.png)\n'), {
      resolveRelativeUrl: (url) => `/files/my-skill/${url}`,
    });
    expect(html).toContain('href="/files/my-skill/references/guide.md#step-1"');
    expect(html).toContain('href="https://example.com/a"');
    expect(html).toContain('href="#setup"');
    expect(html).toContain('href="/x"');
    expect(html).toContain('src="/files/my-skill/assets/flow.png"');
  });
});
