import { describe, expect, it } from 'vitest';
import { covertBenignMatrix, covertMatrix, covertPlainMatrix, type CovertCase } from './safety/matrix-covert.ts';
import { findingsOf, missedIds, threatsOfFence } from './safety/matrix-run.ts';

const FENCE = { bash: 'bash', python: 'python', javascript: 'js', powershell: 'powershell', go: 'go', ruby: 'ruby' } as const;
const threatsOf = (matrixCase: CovertCase) => threatsOfFence(FENCE[matrixCase.language], matrixCase.code);
const errorsOf = (cases: CovertCase[]) => findingsOf(cases, (matrixCase) => threatsOf(matrixCase).filter((diagnostic) => diagnostic.severity === 'error'));

describe('covert-channel matrix: a secret leaving inside something that leaves anyway is an error', () => {
  it('sources × indirections × carriers in shell, Python, JavaScript, PowerShell, Go and Ruby', () => {
    const cases = covertMatrix();
    expect(cases.length).toBeGreaterThan(900);
    expect(missedIds(cases, threatsOf)).toEqual([]);
  });
});

describe('covert-channel matrix: the same carriers with values that are not secret', () => {
  it('commit ids, versions and dates through every carrier give no threat error', () => {
    expect(errorsOf(covertPlainMatrix())).toEqual([]);
  });
  it('tokens to their own service, stripped images, health checks and scrubbed reports give no threat error', () => {
    expect(errorsOf(covertBenignMatrix())).toEqual([]);
  });
});
