// Site-only enrichment of a rendered skill body: an inline `name` that is exactly another catalog
// skill's name becomes a link to that skill's page. The bundle and SKILL.md keep the plain text.
//
// The input is the core's sanitized HTML (hast-util-to-html output), so a plain `<code>` start tag is
// always written exactly so; code inside <pre> (code blocks) and inside links is left alone.

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Whether the tag starting at `at` is `<name` followed by a space, `>` or `/`. */
function opensTag(html: string, at: number, name: string): boolean {
  if (!html.startsWith(name, at + 1)) return false;
  const next = html[at + 1 + name.length];
  return next === '>' || next === ' ' || next === '/' || next === '\t' || next === '\n';
}

/**
 * Wraps `<code>name</code>` in `<a class="skill-mention" href="…">` when `name` is in `names` (and is
 * not the page's own skill). One pass over the tags with indexOf: linear in the HTML's length.
 */
export function linkSkillNames(html: string, names: ReadonlySet<string>, self: string, hrefFor: (name: string) => string): string {
  let out = '';
  let copied = 0;
  let inPre = 0;
  let inLink = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    if (opensTag(html, at, 'pre')) inPre++;
    else if (html.startsWith('</pre>', at)) inPre = Math.max(0, inPre - 1);
    else if (opensTag(html, at, 'a')) inLink++;
    else if (html.startsWith('</a>', at)) inLink = Math.max(0, inLink - 1);
    else if (inPre === 0 && inLink === 0 && html.startsWith('<code>', at)) {
      const close = html.indexOf('</code>', at + 6);
      if (close === -1) break;
      const name = html.slice(at + 6, close);
      if (name !== self && names.has(name)) {
        const end = close + '</code>'.length;
        out += `${html.slice(copied, at)}<a class="skill-mention" href="${escapeAttribute(hrefFor(name))}">${html.slice(at, end)}</a>`;
        copied = end;
      }
      at = close;
    }
  }
  return out + html.slice(copied);
}
