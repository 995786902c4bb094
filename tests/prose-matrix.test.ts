import { describe, expect, it } from 'vitest';
import { benignProseMatrix, proseMatrix, proseSkillBody, type ProseCase } from './safety/prose-matrix.ts';
import { lint, skillText } from './helpers.ts';

const FM = 'name: release-helper\ndescription: Drafts release notes and ships the build. Use when a release is due.';

function manipulationOf(proseCase: ProseCase) {
  return lint(skillText(FM, proseSkillBody(proseCase.text))).filter((diagnostic) => diagnostic.rule === 'threat/agent-manipulation');
}

/** The cases of an intent that get no agent-manipulation error: phrasings the prose reader does not generalise to. */
const missed = (cases: ProseCase[]) => cases.filter((proseCase) => !manipulationOf(proseCase).some((diagnostic) => diagnostic.severity === 'error')).map((proseCase) => proseCase.id);

const INTENTS = {
  hide: 'hiding actions or output from the user',
  misreport: 'reporting success whatever happened',
  'skip-approval': "skipping or answering the user's approval itself",
  'self-permission': 'widening its own permissions or switching off its own safeguards',
  'foreign-authority': 'obeying a file, page, issue or comment over the user',
  'send-out': 'sending the conversation, its instructions or private files to a place outside',
  'read-outside': 'reading credentials or projects outside the task',
  startup: 'running a step at the start of every session or on load',
} as const;

describe('prose behaviour matrix: every phrasing of an order against the user is an error', () => {
  const matrix = proseMatrix();
  for (const [intent, label] of Object.entries(INTENTS) as Array<[keyof typeof INTENTS, string]>) {
    it(`${label}, in direct, polite, passive, conditional, table, footnote, role, policy and split phrasings and in seven other languages`, () => {
      expect(matrix[intent].length).toBeGreaterThanOrEqual(16);
      expect(missed(matrix[intent])).toEqual([]);
    });
  }
});

describe('prose behaviour matrix: the same verbs serving the user', () => {
  it('gives no agent-manipulation error', () => {
    const cases = benignProseMatrix();
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const flagged = cases.flatMap((proseCase) => manipulationOf(proseCase).filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => `${proseCase.id}: ${diagnostic.message}`));
    expect(flagged).toEqual([]);
  });
});
