import { describe, expect, it } from 'vitest';
import { benignMatrix, covertMatrix, destructiveMatrix, exfiltrationMatrix, indirectionMatrix, type MatrixCase } from './safety/matrix.ts';
import { findingsOf, missedIds, threatsOfCase as threatsOf } from './safety/matrix-run.ts';

const missed = (cases: MatrixCase[]) => missedIds(cases, threatsOf);

describe('behaviour matrices: every combination of source, reshaping and sink is an error', () => {
  it('secret sources × reshapings × network sinks in shell, Python, JavaScript and PowerShell', () => {
    const cases = exfiltrationMatrix();
    expect(cases.length).toBeGreaterThan(2000);
    expect(missed(cases)).toEqual([]);
  });
  it('secrets passed through functions, fields, lists, files and loops before they leave', () => {
    expect(missed(indirectionMatrix())).toEqual([]);
  });
  it('secrets hidden in request metadata, names, timing, packets, history, images and logs', () => {
    expect(missed(covertMatrix())).toEqual([]);
  });
  it('recursive deletes of precious targets, disks, shared history and data stores', () => {
    expect(missed(destructiveMatrix())).toEqual([]);
  });
});

describe('behaviour matrices: legitimate uses of the same sources, sinks and deletes', () => {
  it('gives no threat finding at all', () => {
    const flagged = findingsOf(benignMatrix(), threatsOf);
    expect(flagged).toEqual([]);
  });
});
