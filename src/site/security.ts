// The site's Content Security Policy and the header rules for static hosts. Pages carry the policy in
// a <meta> element (Astro adds the hashes of its own scripts and styles), so it holds on any host;
// `_headers` repeats it as a header where the host reads that file (Netlify, Cloudflare Pages) and
// adds what only a header can say.
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './inline-scripts.ts';

/**
 * Directives beside `script-src` and `style-src`, which Astro writes with hashes. Images only from the
 * site (skill bodies cannot make readers' browsers call other servers), no plugins, no <base>, forms
 * only to the site, workers only from the site's own files.
 */
export const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** `script-src` sources besides the hashes: the site's own files and Pagefind's WebAssembly. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Hashes of the inline scripts Astro does not hash itself (`is:inline`). */
export const INLINE_SCRIPT_HASHES = INLINE_SCRIPTS.map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const);

/**
 * Highlighted code colours its tokens with `style` attributes; attributes cannot run code and the
 * renderer's sanitizer drops the ones a skill writes, so only they are allowed inline.
 */
export const STYLE_SOURCES = [
  { resource: "'self'", kind: 'element' },
  { resource: "'unsafe-inline'", kind: 'attribute' },
] as const;

/** What the header adds for pages; the <meta> policy of each page narrows it further to its hashes. */
const PAGE_HEADER_POLICY = [
  ...PAGE_DIRECTIVES,
  `script-src ${SCRIPT_SOURCES.join(' ')} 'unsafe-inline'`,
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
].join('; ');

/** Files published from skills: never a document, never run, always a download in a sandbox. */
const RESOURCE_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

/**
 * `_headers` for a site under `base` (`/` or `/path/`): the page policy and `nosniff` everywhere, and
 * for every file published from a skill a locked policy and `Content-Disposition: attachment`.
 */
export function headersFile(base: string): string {
  const root = `/${base}/`.replace(/\/{2,}/g, '/');
  return [
    `${root}*`,
    `  Content-Security-Policy: ${PAGE_HEADER_POLICY}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
    // Hosts join a header set by two matching rules with a comma: two policies, both enforced.
    `${root}.well-known/agent-skills/*`,
    `  Content-Security-Policy: ${RESOURCE_POLICY}`,
    '  Content-Disposition: attachment',
    '',
  ].join('\n');
}
