// Runs behaviour-matrix cases through the checker: each case is one fenced block of an otherwise plain skill.
import type { Diagnostic } from '../../src/core/diagnostics.ts';
import { lint, skillText } from '../helpers.ts';

const FRONTMATTER = 'name: my-skill\ndescription: Helps with the build. Use when the build needs care.';

/** The threat findings of a skill with this body. */
export function threatsOfBody(body: string): Diagnostic[] {
  return lint(skillText(FRONTMATTER, body)).filter((diagnostic) => diagnostic.rule.startsWith('threat/'));
}

/** The threat findings of a skill whose body is one fenced block of `code`. */
export function threatsOfFence(fence: string, code: string): Diagnostic[] {
  return threatsOfBody(`# T\n\n\`\`\`${fence}\n${code}\n\`\`\`\n`);
}

/** Fence names of the matrices' languages, where they are not the language's own name. */
const FENCE_NAMES: Record<string, string> = { javascript: 'js', typescript: 'ts' };

/** The threat findings of a matrix case: its code as one fenced block of its language. */
export function threatsOfCase(matrixCase: { language: string; code: string }): Diagnostic[] {
  return threatsOfFence(FENCE_NAMES[matrixCase.language] ?? matrixCase.language, matrixCase.code);
}

/** The ids of the cases that get no threat error: each one a combination the detectors do not generalise to. */
export function missedIds<T extends { id: string }>(cases: readonly T[], threatsOf: (matrixCase: T) => Diagnostic[]): string[] {
  return cases.filter((matrixCase) => !threatsOf(matrixCase).some((diagnostic) => diagnostic.severity === 'error')).map((matrixCase) => matrixCase.id);
}

/** Every threat finding of the cases, as `id: rule message`. */
export function findingsOf<T extends { id: string }>(cases: readonly T[], threatsOf: (matrixCase: T) => Diagnostic[]): string[] {
  return cases.flatMap((matrixCase) => threatsOf(matrixCase).map((diagnostic) => `${matrixCase.id}: ${diagnostic.rule} ${diagnostic.message}`));
}

/** Every threat error of the cases, as `id: rule message`; warnings are allowed. */
export function errorsOf<T extends { id: string }>(cases: readonly T[], threatsOf: (matrixCase: T) => Diagnostic[]): string[] {
  return findingsOf(cases, (matrixCase) => threatsOf(matrixCase).filter((diagnostic) => diagnostic.severity === 'error'));
}
