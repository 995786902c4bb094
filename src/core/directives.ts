import type { Code, Html } from 'mdast';
import type { Diagnostic, Span } from './diagnostics.ts';
import { scanHtml } from './html-scan.ts';
import { visitNodes } from './mdast.ts';
import type { ParsedSkill } from './skill.ts';

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
  span: Span;
  message: string;
}

/** Reads ignore directives from the body's HTML comments; malformed ones come back as problems. */
export function readDirectives(skill: ParsedSkill): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  if (!skill.tree) return { directives, problems };
  const blocks = new Map<number, number>();
  visitNodes(skill.tree, ['code'], (node) => {
    const code = node as Code;
    if (code.position) blocks.set(code.position.start.line, code.position.end.line);
  });
  visitNodes(skill.tree, ['html'], (node) => {
    const html = node as Html;
    const base = html.position?.start.offset ?? 0;
    for (const token of scanHtml(html.value)) {
      if (token.type !== 'comment' || !IGNORE_DIRECTIVE.test(token.text)) continue;
      const span = { start: skill.lines.pointAt(base + token.index), end: skill.lines.pointAt(base + token.end) };
      if (!token.text.endsWith('-->') || token.text.length < 7) {
        problems.push({ span, message: 'Ignore directive is not closed with `-->`' });
        continue;
      }
      const inner = token.text.slice(4, -3);
      const body = inner.slice(inner.indexOf(KEYWORD) + KEYWORD.length).trim();
      const colon = body.indexOf(':');
      const rules = (colon === -1 ? body : body.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
      const reason = colon === -1 ? '' : body.slice(colon + 1).trim();
      if (rules.length === 0) {
        problems.push({ span, message: 'Ignore directive names no rule; write `skillpack-ignore-next-line rule-id: reason`' });
        continue;
      }
      if (reason.length < 3) {
        problems.push({ span, message: `Ignore directive for ${rules.join(', ')} gives no reason; add one after a colon` });
        continue;
      }
      const problem = reasonProblem(inner, reason);
      if (problem) {
        problems.push({ span, message: problem });
        continue;
      }
      const next = span.end.line + 1;
      directives.push({ span, rules, reason, firstLine: next, lastLine: blocks.get(next) ?? next });
    }
  });
  return { directives, problems };
}

/**
 * Splits findings into those that stand and those acknowledged by a directive. Only findings in the
 * SKILL.md itself can be acknowledged; the directive must name the rule.
 */
export function applyDirectives(
  skillFile: string,
  diagnostics: readonly Diagnostic[],
  directives: readonly Directive[],
  problems: readonly DirectiveProblem[] = [],
): { kept: Diagnostic[]; acknowledged: Acknowledged[]; unused: Directive[] } {
  const used = new Set<Directive>();
  const kept: Diagnostic[] = [];
  const acknowledged: Acknowledged[] = [];
  const covering = new Map<number, Directive[]>();
  for (const directive of directives) {
    for (let line = directive.firstLine; line <= directive.lastLine; line++) {
      const list = covering.get(line);
      if (list) list.push(directive);
      else covering.set(line, [directive]);
    }
  }
  // A finding inside a directive (its reason, say) is never acknowledged, not even by the directive before it.
  const directiveLines = new Set([...directives, ...problems].map((d) => d.span.start.line));
  for (const diagnostic of diagnostics) {
    const line = diagnostic.line;
    const directive =
      diagnostic.file === skillFile && line !== null && !directiveLines.has(line)
        ? covering.get(line)?.find((d) => d.rules.includes(diagnostic.rule))
        : undefined;
    if (directive) {
      used.add(directive);
      acknowledged.push({ ...diagnostic, reason: directive.reason });
    } else kept.push(diagnostic);
  }
  return { kept, acknowledged, unused: directives.filter((d) => !used.has(d)) };
}
