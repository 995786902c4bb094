import { describe, expect, it } from 'vitest';
import { languageAttackMatrix, languageBenignMatrix, languageExfiltrationMatrix, languageHelperMatrix, type LanguageCase } from './safety/matrix-languages.ts';
import { findingsOf, missedIds, threatsOfCase as threatsOf } from './safety/matrix-run.ts';

const missed = (cases: LanguageCase[]) => missedIds(cases, threatsOf);

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
    const flagged = findingsOf(languageBenignMatrix(), threatsOf);
    expect(flagged).toEqual([]);
  });
});
