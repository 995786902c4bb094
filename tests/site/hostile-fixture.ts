// A catalog for a review build (errors allowed, so the checks' findings do not stop it): one ordinary skill and one skill that attacks the website through every value it controls
// (frontmatter, body, aliases, resource files and their names). Each payload that could run reports
// itself by setting `top.name`, calling the `pwned` binding or fetching a `/beacon/` URL, which the
// browser test watches.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** What a payload does when it runs; `tag` says which one ran. */
export const payload = (tag: string) => `top.name=\`pwned-${tag}\`;window.pwned&&pwned(\`${tag}\`);fetch(\`/beacon/${tag}\`)`;

export const HOSTILE_NAME = 'site-attack';

const description = `Attacks the site "><img src=x onerror="${payload('description')}"></title><script>${payload('description-script')}</script>. Use when testing the site.`;

/** Aliases that try to leave the skills folder, take over another skill's page or inject markup. */
export const HOSTILE_ALIASES = ['..', '../../contribute', '<script>x', '..\\..', '%2e%2e', 'calm-notes', 'javascript:alert(1)', '//evil.example', 'good-alias'];

const body = [
  '# Site attack',
  '',
  `<script>${payload('body-script')}</script>`,
  '',
  `<img src="x" onerror="${payload('body-onerror')}">`,
  '',
  `<meta http-equiv="refresh" content="0;url=javascript:${payload('body-meta')}">`,
  '',
  `<iframe srcdoc="<script>${payload('body-iframe')}</script>"></iframe>`,
  '',
  `<svg><script>${payload('body-svg')}</script></svg>`,
  '',
  `[a link](javascript:${payload('body-link')})`,
  '',
  '## Files <img src=x onerror=alert(1)>',
  '',
  'See [the page](references/page.html), [the drawing](assets/drawing.svg), [the script](scripts/run.js), [the feed](references/feed.xml), [the notes](references/notes.md) and [the odd one](references/%24%28touch%24%7BIFS%7DPWNED%29.md).',
  '',
  '![drawing](assets/drawing.svg)',
  '',
].join('\n');

const htmlPayload = `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=javascript:${payload('html-refresh')}"></head><body><script>${payload('html')}</script><img src=x onerror="${payload('html-onerror')}"></body></html>\n`;
// Well-formed XML, or the browser shows a parse error and runs nothing.
const svgPayload = `<svg xmlns="http://www.w3.org/2000/svg" onload="${payload('svg-onload').replace(/&/g, '&amp;')}"><script><![CDATA[${payload('svg')}]]></script><rect width="10" height="10"/></svg>\n`;
const xmlPayload = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><script><![CDATA[${payload('xml')}]]></script></body></html>\n`;

/** The hostile skill's resource files, by path inside its folder. */
export const HOSTILE_RESOURCES: Record<string, string> = {
  'references/page.html': htmlPayload,
  'references/page.htm': htmlPayload,
  'references/page.xhtml': xmlPayload,
  'references/page.mhtml': htmlPayload,
  'references/feed.xml': xmlPayload,
  'references/style.css': `body{background:url(/beacon/css)}\n`,
  'references/doc.pdf': `%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n`,
  'references/lib.rs': xmlPayload,
  'references/notes.md': '# Notes\n\nPlain notes.\n',
  'references/$(touch${IFS}PWNED).md': '# Odd name\n',
  'references/index.html': htmlPayload,
  'assets/drawing.svg': svgPayload,
  'scripts/run.js': `${payload('js')}\n`,
  'scripts/run.mjs': `${payload('mjs')}\n`,
  'scripts/setup.sh': '#!/bin/sh\necho setup\n',
};

export const CALM_SKILL = '---\nname: calm-notes\ndescription: Keeps calm notes. Use when writing notes.\nlicense: MIT\n---\n# Calm notes\n\nNothing to see.\n';

/** Writes the catalog into a fresh folder and returns it. */
export function writeHostileCatalog(): string {
  const root = mkdtempSync(join(tmpdir(), 'skillpack-hostile-'));
  const files: Record<string, string> = {
    'skillpack.config.json': JSON.stringify({ catalog: 'skills', categories: 'skills/categories.yaml' }),
    'skills/categories.yaml': 'testing:\n  title: Testing\n  description: Tests.\n',
    'skills/testing/calm-notes/SKILL.md': CALM_SKILL,
    [`skills/testing/${HOSTILE_NAME}/SKILL.md`]: `---\nname: ${HOSTILE_NAME}\ndescription: '${description.replace(/'/g, "''")}'\nlicense: '<script>${payload('license')}</script>'\ncompatibility: '"><svg onload=${payload('compat')}>'\nmetadata:\n  tags: '<b>bold</b> "><img/src/onerror=${payload('tag')}>'\n  aliases: '${HOSTILE_ALIASES.join(' ').replace(/'/g, "''")}'\n---\n${body}`,
  };
  for (const [path, text] of Object.entries(HOSTILE_RESOURCES)) files[`skills/testing/${HOSTILE_NAME}/${path}`] = text;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
