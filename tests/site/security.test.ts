// The header rules written for static hosts.
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/site/security.ts';

describe('_headers', () => {
  it.each([
    ['/', '/'],
    ['/skillpack/', '/skillpack/'],
    ['skillpack', '/skillpack/'],
    ['/docs/skills', '/docs/skills/'],
  ])('puts every rule under the base path %j', (base, root) => {
    const rules = headersFile(base).split('\n').filter((line) => line !== '' && !line.startsWith(' '));
    expect(rules).toEqual([`${root}*`, `${root}.well-known/agent-skills/*`]);
  });

  it('sends skill files as sandboxed downloads and never lets another site frame a page', () => {
    const [pages, files] = headersFile('/').split('\n\n');
    expect(pages).toContain('X-Content-Type-Options: nosniff');
    expect(pages).toMatch(/Content-Security-Policy: default-src 'self';.*object-src 'none'.*frame-ancestors 'none'/);
    expect(files).toContain("Content-Security-Policy: default-src 'none'; sandbox; frame-ancestors 'none'");
    expect(files).toContain('Content-Disposition: attachment');
  });
});
