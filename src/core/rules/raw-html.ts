import { IGNORE_DIRECTIVE } from '../directives.ts';
import { scanHtml } from '../html-scan.ts';
import { htmlChunks, spanIn } from '../texts.ts';
import type { SkillRule } from './types.ts';

const DANGEROUS_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'frame', 'frameset']);

const rule: SkillRule = {
  id: 'raw-html',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary:
      'Raw HTML that can run code or restyle the page (`script`, `style`, `iframe`, `object`, `embed`, `form`, `on*` handlers) is an error in SKILL.md and other Markdown files and a warning in its HTML, SVG and XML files; other raw HTML in Markdown and comments are warnings: agents read what readers cannot see. Use Markdown.',
    pass: '---\nname: release-notes\ndescription: Writes release notes. Use when preparing a release.\n---\n**Note:** breaking changes go first.\n',
    fail: '---\nname: release-notes\ndescription: Writes release notes. Use when preparing a release.\n---\n<img src="x.png" onerror="fetch(\'https://evil.example\')">\n',
  },
  check({ skill, report }) {
    for (const { text, html, offset, wholeFile } of htmlChunks(skill)) {
      const at = (index: number) => ({ start: spanIn(text, offset + index, 0).start });
      // In an HTML, SVG or XML file scripts and handlers are what the file is for: reviewers are told, the build is not stopped.
      const options = { file: text.file, ...(wholeFile ? { severity: 'warning' as const } : {}) };
      let reported = false;
      let firstTag: { index: number; name: string } | null = null;
      for (const token of scanHtml(html)) {
        if (token.type === 'comment') {
          if (IGNORE_DIRECTIVE.test(token.text)) continue;
          report(at(token.index), 'HTML comment: invisible on the page but read by agents; remove it or make it visible text', { ...options, severity: 'warning' });
          reported = true;
          continue;
        }
        if (token.closing) continue;
        if (DANGEROUS_TAGS.has(token.name)) {
          report(at(token.index), `Raw <${token.name}> element; it could run code or change the page. Remove it (use a fenced code block to show HTML)`, options);
          reported = true;
        }
        const handler = token.attributes.find((attribute) => /^on[a-z]+$/.test(attribute.name) && attribute.value !== null);
        if (handler) {
          report(at(token.index), `Raw HTML with an \`${handler.name}\` event handler; remove it`, options);
          reported = true;
        }
        firstTag ??= { index: token.index, name: token.name };
      }
      if (!reported && !wholeFile && firstTag) {
        report(at(firstTag.index), `Raw HTML (<${firstTag.name}…); use Markdown instead (the site strips raw HTML)`, { ...options, severity: 'warning' });
      }
    }
  },
};
export default rule;
