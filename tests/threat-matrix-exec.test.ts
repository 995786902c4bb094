import { describe, expect, it } from 'vitest';
import { execBenignMatrix, execMatrices, execReviewMatrix, miningDocumentationCases } from './safety/matrix-exec.ts';
import type { MatrixCase } from './safety/matrix.ts';
import { findingsOf, missedIds, threatsOfBody, threatsOfCase as threatsOf } from './safety/matrix-run.ts';

const missed = (cases: MatrixCase[]) => missedIds(cases, threatsOf);

describe('behaviour matrices: running fetched or hidden code, persistence and mining are errors', () => {
  for (const [title, matrix] of Object.entries(execMatrices)) {
    it(title, () => {
      const cases = matrix();
      expect(new Set(cases.map((matrixCase) => matrixCase.id)).size).toBe(cases.length);
      expect(missed(cases)).toEqual([]);
    });
  }
});

describe('behaviour matrices: legitimate installers, schedulers, hooks and decoders', () => {
  it('gives no threat finding at all', () => {
    const flagged = findingsOf(execBenignMatrix(), threatsOf);
    const documented = miningDocumentationCases().flatMap((doc) => threatsOfBody(doc.body).map((diagnostic) => `${doc.id}: ${diagnostic.rule} ${diagnostic.message}`));
    expect([...flagged, ...documented]).toEqual([]);
  });
  it('own schedules, services, hooks, start-up lines and checked downloads are worth a look, not an error', () => {
    const cases = execReviewMatrix();
    expect(cases.filter((matrixCase) => !threatsOf(matrixCase).some((diagnostic) => diagnostic.severity === 'warning')).map((matrixCase) => matrixCase.id)).toEqual([]);
    expect(missed(cases)).toEqual(cases.map((matrixCase) => matrixCase.id));
  });
});
