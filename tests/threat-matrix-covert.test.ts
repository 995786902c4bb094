import { describe, expect, it } from 'vitest';
import { covertBenignMatrix, covertMatrix, covertPlainMatrix, type CovertCase } from './safety/matrix-covert.ts';
import { errorsOf, missedIds, threatsOfCase as threatsOf } from './safety/matrix-run.ts';


describe('covert-channel matrix: a secret leaving inside something that leaves anyway is an error', () => {
  it('sources × indirections × carriers in shell, Python, JavaScript, PowerShell, Go and Ruby', () => {
    const cases = covertMatrix();
    expect(cases.length).toBeGreaterThan(900);
    expect(missedIds(cases, threatsOf)).toEqual([]);
  });
});

describe('covert-channel matrix: the same carriers with values that are not secret', () => {
  it('commit ids, versions and dates through every carrier give no threat error', () => {
    expect(errorsOf(covertPlainMatrix(), threatsOf)).toEqual([]);
  });
  it('tokens to their own service, stripped images, health checks and scrubbed reports give no threat error', () => {
    expect(errorsOf(covertBenignMatrix(), threatsOf)).toEqual([]);
  });
});
