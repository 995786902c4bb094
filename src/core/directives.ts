import type { Code, Html } from 'mdast';
import type { Diagnostic, Span } from './diagnostics.ts';
import { scanHtml } from './html-scan.ts';
import { visitNodes } from './mdast.ts';
import type { ParsedSkill } from './skill.ts';
import { markdownTree, skillTexts } from './texts.ts';

/** Rule id under which malformed or unused directives are reported. */
export const DIRECTIVE_RULE = 'ignore-directives';

/** `<!-- skillpack-ignore-next-line rule-id[, rule-id]: reason -->` */
export const IGNORE_DIRECTIVE = /^<!--\s*skillpack-ignore-next-line\b/;
const KEYWORD = 'skillpack-ignore-next-line';
/** A reason is one short line of plain text: it is copied into the bundle, so it must not carry anything else. */
export const MAX_REASON_LENGTH = 200;
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const MARKUP = /[<>`]|\]\(|\*\*|__/;
const URL_LIKE = /[a-z][a-z0-9+.-]{0,20}:\/\/|\bwww\./i;

/** Why a directive's text is not acceptable, or null. */
function reasonProblem(text: string, reason: string): string | null {
  if (/[\r\n]/.test(text)) return 'Ignore directive spans several lines; write it on one line';
  if (CONTROL.test(text)) return 'Ignore directive contains control or invisible characters; write it in plain text';
  if (reason.length > MAX_REASON_LENGTH) return `Ignore directive reason is ${reason.length} characters long; keep it within ${MAX_REASON_LENGTH}`;
  if (MARKUP.test(reason)) return 'Ignore directive reason contains markup; write it in plain text';
  if (URL_LIKE.test(reason)) return 'Ignore directive reason contains a URL; say why in words instead';
  return null;
}

export interface Directive {
  /** The file the directive is in: it acknowledges findings in that file only. */
  file: string;
  span: Span;
  rules: string[];
  reason: string;
  /** Lines the directive covers: the next line, or the whole fenced block that starts there. */
  firstLine: number;
  lastLine: number;
}

/** A finding that a directive acknowledged, with the reason given; kept in the bundle. */
export interface Acknowledged extends Diagnostic {
  reason: string;
}

export interface DirectiveProblem {
  file: string;
  span: Span;
  message: string;
}

/**
 * Reads ignore directives from the HTML comments of SKILL.md's body and of every Markdown resource;
 * malformed ones come back as problems.
 */
export function readDirectives(skill: ParsedSkill): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  for (const text of skillTexts(skill)) {
    if (text.kind !== 'markdown' || !text.text.includes(KEYWORD)) continue;
    const tree = markdownTree(skill, text);
    if (!tree) continue;
    const blocks = new Map<number, number>();
    visitNodes(tree, ['code'], (node) => {
      const code = node as Code;
      if (code.position) blocks.set(code.position.start.line, code.position.end.line);
    });
    visitNodes(tree, ['html'], (node) => {
      const html = node as Html;
      const base = html.position?.start.offset ?? 0;
      for (const token of scanHtml(html.value)) {
        if (token.type !== 'comment' || !IGNORE_DIRECTIVE.test(token.text)) continue;
        const span = { start: text.lines.pointAt(base + token.index), end: text.lines.pointAt(base + token.end) };
        const problem = (message: string) => problems.push({ file: text.file, span, message });
        if (!token.text.endsWith('-->') || token.text.length < 7) {
          problem('Ignore directive is not closed with `-->`');
          continue;
        }
        const inner = token.text.slice(4, -3);
        const body = inner.slice(inner.indexOf(KEYWORD) + KEYWORD.length).trim();
        const colon = body.indexOf(':');
        const rules = (colon === -1 ? body : body.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
        const reason = colon === -1 ? '' : body.slice(colon + 1).trim();
        if (rules.length === 0) {
          problem('Ignore directive names no rule; write `skillpack-ignore-next-line rule-id: reason`');
          continue;
        }
        if (reason.length < 3) {
          problem(`Ignore directive for ${rules.join(', ')} gives no reason; add one after a colon`);
          continue;
        }
        const reasonIssue = reasonProblem(inner, reason);
        if (reasonIssue) {
          problem(reasonIssue);
          continue;
        }
        const next = span.end.line + 1;
        directives.push({ file: text.file, span, rules, reason, firstLine: next, lastLine: blocks.get(next) ?? next });
      }
    });
  }
  return { directives, problems };
}

/** Splits findings into those that stand and those acknowledged by a directive of the same file that names the rule. */
export function applyDirectives(
  diagnostics: readonly Diagnostic[],
  directives: readonly Directive[],
  problems: readonly DirectiveProblem[] = [],
): { kept: Diagnostic[]; acknowledged: Acknowledged[]; unused: Directive[] } {
  const used = new Set<Directive>();
  const kept: Diagnostic[] = [];
  const acknowledged: Acknowledged[] = [];
  const covering = new Map<string, Directive[]>();
  const lineKey = (file: string, line: number) => `${line}:${file}`;
  for (const directive of directives) {
    for (let line = directive.firstLine; line <= directive.lastLine; line++) {
      const key = lineKey(directive.file, line);
      const list = covering.get(key);
      if (list) list.push(directive);
      else covering.set(key, [directive]);
    }
  }
  // A finding inside a directive (its reason, say) is never acknowledged, not even by the directive before it.
  const directiveLines = new Set([...directives, ...problems].map((d) => lineKey(d.file, d.span.start.line)));
  for (const diagnostic of diagnostics) {
    const key = diagnostic.line === null ? null : lineKey(diagnostic.file, diagnostic.line);
    const directive = key !== null && !directiveLines.has(key) ? covering.get(key)?.find((d) => d.rules.includes(diagnostic.rule)) : undefined;
    if (directive) {
      used.add(directive);
      acknowledged.push({ ...diagnostic, reason: directive.reason });
    } else kept.push(diagnostic);
  }
  return { kept, acknowledged, unused: directives.filter((d) => !used.has(d)) };
}
