// Where each agent looks for skills: a folder of the project, or of the user's home with --global.
export const AGENTS = {
  'claude-code': { project: '.claude/skills', global: '.claude/skills' },
  codex: { project: '.codex/skills', global: '.codex/skills' },
  cursor: { project: '.cursor/skills', global: '.cursor/skills' },
  copilot: { project: '.github/skills', global: '.copilot/skills' },
  coworker: { project: '.agents/skills', global: '.agents/skills' },
} as const;

export type Agent = keyof typeof AGENTS;

export const AGENT_NAMES = Object.keys(AGENTS) as Agent[];

export function isAgent(value: string): value is Agent {
  return Object.hasOwn(AGENTS, value);
}

/** The skills folder of `agent`, relative to the project (or the home folder when `global`), `/`-separated. */
export function skillsFolder(agent: Agent, global: boolean): string {
  return AGENTS[agent][global ? 'global' : 'project'];
}

/**
 * True for a name the Agent Skills specification allows, restricted to ASCII as the discovery RFC
 * requires: 1–64 of `a-z`, `0-9` and `-`, no leading, trailing or doubled hyphen. Only such a name
 * becomes a folder.
 */
export function isSkillName(name: string): boolean {
  if (name.length < 1 || name.length > 64 || name.startsWith('-') || name.endsWith('-') || name.includes('--')) return false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d)) return false;
  }
  return true;
}
