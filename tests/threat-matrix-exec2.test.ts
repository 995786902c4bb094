import { describe, expect, it } from 'vitest';
import { exec2BenignCells, exec2Matrices, exec2ReviewCells } from './safety/matrix-exec2.ts';
import { errorsOf, missedIds, threatsOfCase as threatsOf } from './safety/matrix-run.ts';


describe('behaviour space of running remote or hidden code, mining and persistence', () => {
  for (const [title, matrix] of Object.entries(exec2Matrices)) {
    it(title, () => {
      const cases = matrix();
      expect(new Set(cases.map((matrixCase) => matrixCase.id)).size).toBe(cases.length);
      expect(missedIds(cases, threatsOf)).toEqual([]);
    });
  }
});

describe('benign twins: named, pinned, checked, local and own', () => {
  it('give no threat error', () => {
    const errors = errorsOf(exec2BenignCells(), threatsOf);
    expect(errors).toEqual([]);
  });
  it('own schedules, hooks and start-up entries are worth a look, not an error', () => {
    const cases = exec2ReviewCells();
    expect(cases.filter((matrixCase) => !threatsOf(matrixCase).some((diagnostic) => diagnostic.severity === 'warning')).map((matrixCase) => matrixCase.id)).toEqual([]);
    expect(missedIds(cases, threatsOf)).toEqual(cases.map((matrixCase) => matrixCase.id));
  });
});
