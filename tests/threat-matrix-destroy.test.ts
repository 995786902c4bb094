import { describe, expect, it } from 'vitest';
import { destroyBenignMatrix, destroyLanguageBenign, destroyLanguageMatrix, destroyMatrices } from './safety/matrix-destroy.ts';
import type { MatrixCase } from './safety/matrix.ts';
import type { LanguageCase } from './safety/matrix-languages.ts';
import { missedIds, threatsOfFence } from './safety/matrix-run.ts';

const FENCE = { bash: 'bash', python: 'python', javascript: 'js', powershell: 'powershell' } as const;
const threatsOf = (matrixCase: MatrixCase) => threatsOfFence(FENCE[matrixCase.language], matrixCase.code);
const threatsOfOther = (matrixCase: LanguageCase) => threatsOfFence(matrixCase.language, matrixCase.code);
/** The cases given a threat error, as `id: rule message`. */
const erroring = <T extends { id: string }>(cases: T[], of: (matrixCase: T) => ReturnType<typeof threatsOf>) =>
  cases.flatMap((matrixCase) => of(matrixCase).filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => `${matrixCase.id}: ${diagnostic.rule} ${diagnostic.message}`));

describe('behaviour matrix: destroying what cannot be got back is an error', () => {
  for (const [title, matrix] of Object.entries(destroyMatrices)) {
    it(title, () => {
      const cases = matrix();
      expect(new Set(cases.map((matrixCase) => matrixCase.id)).size).toBe(cases.length);
      expect(missedIds(cases, threatsOf)).toEqual([]);
    });
  }
  it('in Go, Ruby, Rust, C#, PHP and Perl', () => {
    expect(missedIds(destroyLanguageMatrix(), threatsOfOther)).toEqual([]);
  });
});

describe('behaviour matrix: the same operations on build output, scratch folders, test stores and feature branches', () => {
  it('give no threat error', () => {
    expect([...erroring(destroyBenignMatrix(), threatsOf), ...erroring(destroyLanguageBenign(), threatsOfOther)]).toEqual([]);
  });
});
