import { describe, expect, it } from 'vitest';
import { languageAttackMatrix, languageBenignMatrix, languageExfiltrationMatrix, languageHelperMatrix, type LanguageCase } from './safety/matrix-languages.ts';
import { lint, skillText } from './helpers.ts';

const FM = 'name: my-skill\ndescription: Helps with the build. Use when the build needs care.';

function threatsOf(matrixCase: LanguageCase) {
  const text = skillText(FM, `# T\n\n\`\`\`${matrixCase.language}\n${matrixCase.code}\n\`\`\`\n`);
  return lint(text).filter((diagnostic) => diagnostic.rule.startsWith('threat/'));
}

/** The cases of a matrix that get no threat error. */
const missed = (cases: LanguageCase[]) => cases.filter((matrixCase) => !threatsOf(matrixCase).some((diagnostic) => diagnostic.severity === 'error')).map((matrixCase) => matrixCase.id);

describe('behaviour matrices of Go, Rust, Ruby, PHP, Java, C#, Perl, Lua, Kotlin and Swift', () => {
  it('secret sources × reshapings × network sinks, through variables', () => {
    const cases = languageExfiltrationMatrix();
    expect(cases.length).toBeGreaterThan(1000);
    expect(missed(cases)).toEqual([]);
  });
  it('secret sources × network sinks, returned by one helper and sent by another', () => {
    expect(missed(languageHelperMatrix())).toEqual([]);
  });
  it('downloads run, hidden code run, shells wired to sockets, destructive deletes and start-up entries', () => {
    expect(missed(languageAttackMatrix())).toEqual([]);
  });
  it('legitimate uses of the same APIs give no threat finding at all', () => {
    const flagged = languageBenignMatrix().flatMap((matrixCase) => threatsOf(matrixCase).map((diagnostic) => `${matrixCase.id}: ${diagnostic.rule} ${diagnostic.message}`));
    expect(flagged).toEqual([]);
  });
});
