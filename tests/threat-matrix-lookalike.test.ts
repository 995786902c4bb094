import { describe, expect, it } from 'vitest';
import { lookalikeBenignMatrices, lookalikeMaliciousMatrices, lookalikeOtherLanguages, lookalikeProseCases, type LookalikeCase } from './safety/matrix-lookalike.ts';
import { missedIds, threatsOfBody, threatsOfFence } from './safety/matrix-run.ts';

const FENCE: Record<string, string> = { bash: 'bash', python: 'python', javascript: 'js', powershell: 'powershell' };
const threatsOf = (matrixCase: LookalikeCase) => threatsOfFence(FENCE[matrixCase.language] ?? matrixCase.language, matrixCase.code);
const missed = (cases: LookalikeCase[]) => missedIds(cases, threatsOf);
/** Every threat error of the cases, as `id: rule message`; warnings are allowed on benign twins. */
const errorsOf = (cases: LookalikeCase[]) => cases.flatMap((matrixCase) => threatsOf(matrixCase).filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => `${matrixCase.id}: ${diagnostic.rule} ${diagnostic.message}`));

describe('look-alike matrices: remote shells, tampering and escalation are errors', () => {
  for (const [title, matrix] of Object.entries(lookalikeMaliciousMatrices)) {
    it(title, () => {
      const cases = matrix();
      expect(new Set(cases.map((matrixCase) => matrixCase.id)).size).toBe(cases.length);
      expect(missed(cases)).toEqual([]);
    });
  }
  it('in the other parsed languages', () => {
    expect(missed(lookalikeOtherLanguages().malicious)).toEqual([]);
  });
});

describe('look-alike matrices: the benign twins get no threat error', () => {
  for (const [title, matrix] of Object.entries(lookalikeBenignMatrices)) {
    it(title, () => {
      const cases = matrix();
      expect(new Set(cases.map((matrixCase) => matrixCase.id)).size).toBe(cases.length);
      expect(errorsOf(cases)).toEqual([]);
    });
  }
  it('in the other parsed languages', () => {
    expect(errorsOf(lookalikeOtherLanguages().benign)).toEqual([]);
  });
  it('in prose that teaches the class', () => {
    const flagged = lookalikeProseCases().flatMap((doc) => threatsOfBody(doc.body).filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => `${doc.id}: ${diagnostic.rule} ${diagnostic.message}`));
    expect(flagged).toEqual([]);
  });
});
