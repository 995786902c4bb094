import { describe, expect, it } from 'vitest';
import { benignMatrix, covertMatrix, destructiveMatrix, exfiltrationMatrix, indirectionMatrix, type MatrixCase } from './safety/matrix.ts';
import { lint, skillText } from './helpers.ts';

const FM = 'name: my-skill\ndescription: Helps with the build. Use when the build needs care.';
const FENCE = { bash: 'bash', python: 'python', javascript: 'js', powershell: 'powershell' } as const;

function threatsOf(matrixCase: MatrixCase) {
  const text = skillText(FM, `# T\n\n\`\`\`${FENCE[matrixCase.language]}\n${matrixCase.code}\n\`\`\`\n`);
  return lint(text).filter((diagnostic) => diagnostic.rule.startsWith('threat/'));
}

/** The cases of a matrix that get no threat error: each one is a combination the detectors do not generalise to. */
const missed = (cases: MatrixCase[]) => cases.filter((matrixCase) => !threatsOf(matrixCase).some((diagnostic) => diagnostic.severity === 'error')).map((matrixCase) => matrixCase.id);

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
    const flagged = benignMatrix().flatMap((matrixCase) => threatsOf(matrixCase).map((diagnostic) => `${matrixCase.id}: ${diagnostic.rule} ${diagnostic.message}`));
    expect(flagged).toEqual([]);
  });
});
