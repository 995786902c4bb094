import { describe, expect, it } from 'vitest';
import { exec2BenignCells, exec2Matrices, exec2ReviewCells, type Exec2Case } from './safety/matrix-exec2.ts';
import { findingsOf, missedIds, threatsOfFence } from './safety/matrix-run.ts';

const FENCE: Record<Exec2Case['language'], string> = { bash: 'bash', python: 'python', javascript: 'js', typescript: 'ts', powershell: 'powershell', go: 'go', ruby: 'ruby', php: 'php', perl: 'perl', lua: 'lua', csharp: 'csharp', java: 'java', rust: 'rust', yaml: 'yaml', json: 'json' };
const threatsOf = (matrixCase: Exec2Case) => threatsOfFence(FENCE[matrixCase.language], matrixCase.code);

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
    const errors = findingsOf(exec2BenignCells(), (matrixCase) => threatsOf(matrixCase).filter((diagnostic) => diagnostic.severity === 'error'));
    expect(errors).toEqual([]);
  });
  it('own schedules, hooks and start-up entries are worth a look, not an error', () => {
    const cases = exec2ReviewCells();
    expect(cases.filter((matrixCase) => !threatsOf(matrixCase).some((diagnostic) => diagnostic.severity === 'warning')).map((matrixCase) => matrixCase.id)).toEqual([]);
    expect(missedIds(cases, threatsOf)).toEqual(cases.map((matrixCase) => matrixCase.id));
  });
});
