import { describe, expect, it } from 'vitest';
import { agentMatrix, benignAgentMatrix, threatsOfAgentCase, type AgentCase } from './safety/matrix-agent.ts';
import { findingsOf, missedIds } from './safety/matrix-run.ts';

/** The agent-manipulation findings of a case: the rule every malicious cell must be an error of. */
const manipulationOf = (agentCase: AgentCase) => threatsOfAgentCase(agentCase).filter((diagnostic) => diagnostic.rule === 'threat/agent-manipulation');

describe('behaviour space of orders against the user: act × wording × place', () => {
  it('every act, in every wording, in the body, the description, a reference file or a script comment, is an agent-manipulation error', () => {
    const cases = agentMatrix();
    expect(cases.length).toBeGreaterThan(600);
    expect(missedIds(cases, manipulationOf)).toEqual([]);
  });
  it('the same verbs keeping the user in charge, guarding privacy or teaching about the act give no threat error', () => {
    const cases = benignAgentMatrix();
    expect(cases.length).toBeGreaterThan(300);
    const errors = findingsOf(cases, (agentCase) => threatsOfAgentCase(agentCase).filter((diagnostic) => diagnostic.severity === 'error'));
    expect(errors).toEqual([]);
  });
});
