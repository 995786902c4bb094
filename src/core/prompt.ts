/** What the prompt block lists for one skill. */
export interface PromptEntry {
  name: string;
  description: string;
  /** Where the agent can read the full SKILL.md (a path or URL). */
  location: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Escapes text for the prompt block, as Python's html.escape does (quotes included). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * Renders the `<available_skills>` block agents put in their system prompt, in the layout of the
 * reference implementation (`skills-ref to-prompt`): one element per line, values escaped.
 */
export function toPrompt(entries: readonly PromptEntry[]): string {
  const lines = ['<available_skills>'];
  for (const entry of entries) {
    lines.push(
      '<skill>',
      '<name>',
      escapeXml(entry.name),
      '</name>',
      '<description>',
      escapeXml(entry.description),
      '</description>',
      '<location>',
      escapeXml(entry.location),
      '</location>',
      '</skill>',
    );
  }
  lines.push('</available_skills>');
  return lines.join('\n');
}
