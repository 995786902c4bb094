import { describe, expect, it } from 'vitest';
import { destroyBenignMatrix, destroyLanguageBenign, destroyLanguageMatrix, destroyMatrices } from './safety/matrix-destroy.ts';
import { errorsOf, missedIds, threatsOfCase as threatsOf } from './safety/matrix-run.ts';

describe('behaviour matrix: destroying what cannot be got back is an error', () => {
  for (const [title, matrix] of Object.entries(destroyMatrices)) {
    it(title, () => {
      const cases = matrix();
      expect(new Set(cases.map((matrixCase) => matrixCase.id)).size).toBe(cases.length);
      expect(missedIds(cases, threatsOf)).toEqual([]);
    });
  }
  it('in Go, Ruby, Rust, C#, PHP and Perl', () => {
    expect(missedIds(destroyLanguageMatrix(), threatsOf)).toEqual([]);
  });
});

describe('behaviour matrix: the same operations on build output, scratch folders, test stores and feature branches', () => {
  it('give no threat error', () => {
    expect([...errorsOf(destroyBenignMatrix(), threatsOf), ...errorsOf(destroyLanguageBenign(), threatsOf)]).toEqual([]);
  });
});
