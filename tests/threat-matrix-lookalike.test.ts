import { describe, expect, it } from 'vitest';
import { lookalikeBenignMatrices, lookalikeMaliciousMatrices, lookalikeOtherLanguages, lookalikeProseCases, type LookalikeCase } from './safety/matrix-lookalike.ts';
import { errorsOf, missedIds, threatsOfBody, threatsOfCase as threatsOf } from './safety/matrix-run.ts';

const missed = (cases: LookalikeCase[]) => missedIds(cases, threatsOf);

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
      expect(errorsOf(cases, threatsOf)).toEqual([]);
    });
  }
  it('in the other parsed languages', () => {
    expect(errorsOf(lookalikeOtherLanguages().benign, threatsOf)).toEqual([]);
  });
  it('in prose that teaches the class', () => {
    const flagged = errorsOf(lookalikeProseCases(), (doc) => threatsOfBody(doc.body));
    expect(flagged).toEqual([]);
  });
});
