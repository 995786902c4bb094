import type { Html } from 'mdast';
import { visitNodes } from '../mdast.ts';
import { IGNORE_DIRECTIVE } from '../directives.ts';
import type { SkillRule } from './types.ts';

const DANGEROUS_TAG = /<\s*(script|style|iframe|object|embed|form|frame|frameset)\b/gi;
const EVENT_HANDLER = /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[a-z][\w-]*/gi;

const rule: SkillRule = {
  id: 'raw-html',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary:
      'Raw HTML that can run code or restyle the page (`script`, `style`, `iframe`, `object`, `embed`, `form`, `on*` handlers) is an error; other raw HTML and comments are warnings: agents read what readers cannot see. Use Markdown.',
    pass: '---\nname: release-notes\ndescription: Writes release notes. Use when preparing a release.\n---\n**Note:** breaking changes go first.\n',
    fail: '---\nname: release-notes\ndescription: Writes release notes. Use when preparing a release.\n---\n<img src="x.png" onerror="fetch(\'https://evil.example\')">\n',
  },
  check({ skill, report }) {
    if (!skill.tree) return;
    visitNodes(skill.tree, ['html'], (node) => {
      const html = node as Html;
      const base = html.position?.start.offset ?? 0;
      const at = (index: number) => ({ start: skill.lines.pointAt(base + index) });
      const withoutComments = html.value.replace(COMMENT, (comment) => ' '.repeat(comment.length));
      let reported = false;
      DANGEROUS_TAG.lastIndex = 0;
      for (let match = DANGEROUS_TAG.exec(withoutComments); match; match = DANGEROUS_TAG.exec(withoutComments)) {
        report(at(match.index), `Raw <${match[1]!.toLowerCase()}> element; it could run code or change the page. Remove it (use a fenced code block to show HTML)`);
        reported = true;
      }
      EVENT_HANDLER.lastIndex = 0;
      for (let match = EVENT_HANDLER.exec(withoutComments); match; match = EVENT_HANDLER.exec(withoutComments)) {
        report(at(match.index), `Raw HTML with an \`${match[1]!.toLowerCase()}\` event handler; remove it`);
        reported = true;
      }
      COMMENT.lastIndex = 0;
      for (let match = COMMENT.exec(html.value); match; match = COMMENT.exec(html.value)) {
        if (IGNORE_DIRECTIVE.test(match[0])) continue;
        report(at(match.index), 'HTML comment: invisible on the page but read by agents; remove it or make it visible text', { severity: 'warning' });
        reported = true;
      }
      if (reported) return;
      TAG.lastIndex = 0;
      const tag = TAG.exec(withoutComments);
      if (tag) report(at(tag.index), `Raw HTML (${tag[0]}…); use Markdown instead (the site strips raw HTML)`, { severity: 'warning' });
    });
  },
};
export default rule;
