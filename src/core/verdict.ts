import type { Diagnostic } from './diagnostics.ts';

/** What the safety findings of one skill add up to. */
export type Verdict = 'safe' | 'suspicious' | 'malicious';

/** Rules about what a skill could do to the user (the `threat/…` rules and the older text-pattern safety rules). */
const SAFETY_RULES = new Set(['hidden-unicode', 'prompt-injection', 'dangerous-commands', 'secrets', 'unsafe-links', 'raw-html', 'resource-files']);

export function isSafetyRule(rule: string): boolean {
  return rule.startsWith('threat/') || SAFETY_RULES.has(rule);
}

/**
 * `malicious` when a threat rule reports an error (behaviour that attacks the user), `suspicious` when
 * any safety rule reports anything else, else `safe`. Returns the findings that decided it.
 */
export function verdictOf(diagnostics: readonly Diagnostic[]): { verdict: Verdict; decidedBy: Diagnostic[] } {
  const threats = diagnostics.filter((d) => d.rule.startsWith('threat/') && d.severity === 'error');
  if (threats.length > 0) return { verdict: 'malicious', decidedBy: threats };
  const risky = diagnostics.filter((d) => isSafetyRule(d.rule));
  if (risky.length > 0) return { verdict: 'suspicious', decidedBy: risky };
  return { verdict: 'safe', decidedBy: [] };
}
