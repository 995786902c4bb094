import type { Code, Html } from 'mdast';
import type { Diagnostic, Span } from './diagnostics.ts';
import { visitNodes } from './mdast.ts';
import type { ParsedSkill } from './skill.ts';

/** Rule id under which malformed or unused directives are reported. */
export const DIRECTIVE_RULE = 'ignore-directives';

/** `<!-- skillpack-ignore-next-line rule-id[, rule-id]: reason -->` */
export const IGNORE_DIRECTIVE = /^<!--\s*skillpack-ignore-next-line\b/;
const DIRECTIVE = /<!--\s*skillpack-ignore-next-line\s+([\s\S]*?)-->/g;

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
    DIRECTIVE.lastIndex = 0;
    for (let match = DIRECTIVE.exec(html.value); match; match = DIRECTIVE.exec(html.value)) {
      const start = skill.lines.pointAt(base + match.index);
      const end = skill.lines.pointAt(base + match.index + match[0].length);
      const span = { start, end };
      const body = match[1]!.trim();
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
      const next = end.line + 1;
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
): { kept: Diagnostic[]; acknowledged: Acknowledged[]; unused: Directive[] } {
  const used = new Set<Directive>();
  const kept: Diagnostic[] = [];
  const acknowledged: Acknowledged[] = [];
  for (const diagnostic of diagnostics) {
    const line = diagnostic.line;
    const directive =
      diagnostic.file === skillFile && line !== null
        ? directives.find((d) => d.rules.includes(diagnostic.rule) && line >= d.firstLine && line <= d.lastLine)
        : undefined;
    if (directive) {
      used.add(directive);
      acknowledged.push({ ...diagnostic, reason: directive.reason });
    } else kept.push(diagnostic);
  }
  return { kept, acknowledged, unused: directives.filter((d) => !used.has(d)) };
}
