// Agent profiles: the frontmatter fields one client reads beyond the Agent Skills specification, with
// the types and values that client accepts. `spec` adds nothing, so its verdicts stay those of the
// specification; the others let a tree written for that client pass without unknown-field errors
// while still catching values the client would reject or silently ignore.

export type Profile = 'spec' | 'claude-code' | 'codex' | 'coworker';

export const PROFILES: readonly Profile[] = ['spec', 'claude-code', 'codex', 'coworker'];

/** One extra frontmatter field: what it is for, and what is wrong with a value (null when fine). */
export interface ProfileField {
  key: string;
  /** Shown in the rule's documentation. */
  doc: string;
  problem(value: unknown, fields: ReadonlyMap<string, { value: unknown }>): string | null;
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;

const text = (key: string) => (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? null : `\`${key}\` must be a non-empty string, not ${describe(value)}`;

const flag = (key: string) => (value: unknown) =>
  typeof value === 'boolean' ? null : `\`${key}\` must be true or false, not ${describe(value)}${typeof value === 'string' ? ' (a quoted string: drop the quotes)' : ''}`;

const oneOf = (key: string, allowed: readonly string[]) => (value: unknown) =>
  typeof value === 'string' && allowed.includes(value) ? null : `\`${key}\` must be one of ${allowed.join(', ')}, not ${describe(value)}`;

const ARGUMENT_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

function argumentsProblem(value: unknown): string | null {
  const names = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : Array.isArray(value) ? value : null;
  if (!names || names.length === 0) return `\`arguments\` must be a space-separated string or a list of argument names, not ${describe(value)}`;
  const bad = names.find((name) => typeof name !== 'string' || !ARGUMENT_NAME.test(name));
  return bad === undefined ? null : `\`arguments\` entry ${describe(bad)} is not a name (letters, digits, _ and -, starting with a letter or _)`;
}

/** Events a skill's hooks may attach to in Claude Code. */
const HOOK_EVENTS = [
  'PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'PermissionRequest', 'UserPromptSubmit', 'Notification',
  'Stop', 'SubagentStart', 'SubagentStop', 'PreCompact', 'SessionStart', 'SessionEnd',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hooksProblem(value: unknown): string | null {
  if (!isRecord(value)) return `\`hooks\` must be a mapping of event names to lists of matchers, not ${describe(value)}`;
  for (const [event, matchers] of Object.entries(value)) {
    if (!HOOK_EVENTS.includes(event)) return `\`hooks\` event "${event}" is not one Claude Code knows (${HOOK_EVENTS.join(', ')})`;
    if (!Array.isArray(matchers)) return `\`hooks.${event}\` must be a list of { matcher, hooks } entries`;
    for (const entry of matchers) {
      if (!isRecord(entry) || !Array.isArray(entry.hooks)) return `each entry of \`hooks.${event}\` needs a \`hooks\` list`;
      if (entry.matcher !== undefined && typeof entry.matcher !== 'string') return `\`matcher\` in \`hooks.${event}\` must be a string`;
      for (const hook of entry.hooks) {
        if (!isRecord(hook)) return `each hook in \`hooks.${event}\` must be a mapping with \`type\``;
        if (hook.type === 'command') {
          if (typeof hook.command !== 'string' || hook.command.trim() === '') return `a \`command\` hook in \`hooks.${event}\` needs a \`command\` string`;
        } else if (hook.type === 'prompt') {
          if (typeof hook.prompt !== 'string' || hook.prompt.trim() === '') return `a \`prompt\` hook in \`hooks.${event}\` needs a \`prompt\` string`;
        } else return `hook \`type\` in \`hooks.${event}\` must be command or prompt, not ${describe(hook.type)}`;
        if (hook.timeout !== undefined && (typeof hook.timeout !== 'number' || !(hook.timeout > 0))) return `hook \`timeout\` in \`hooks.${event}\` must be a positive number of seconds`;
      }
    }
  }
  return null;
}

const CLAUDE_CODE: ProfileField[] = [
  { key: 'when_to_use', doc: 'more trigger context, appended to the description in the skill list', problem: text('when_to_use') },
  { key: 'argument-hint', doc: 'hint shown after the slash command, e.g. `[issue-number]`', problem: text('argument-hint') },
  { key: 'arguments', doc: 'named positional arguments, a space-separated string or a list', problem: argumentsProblem },
  { key: 'disable-model-invocation', doc: '`true`: only the user can invoke the skill', problem: flag('disable-model-invocation') },
  { key: 'user-invocable', doc: '`false`: hidden from the slash-command menu', problem: flag('user-invocable') },
  { key: 'model', doc: 'model for the skill\'s turn (`inherit`, an alias or a model id)', problem: text('model') },
  { key: 'effort', doc: 'reasoning effort: low, medium, high, xhigh or max', problem: oneOf('effort', ['low', 'medium', 'high', 'xhigh', 'max']) },
  { key: 'context', doc: '`fork` runs the skill in a subagent of its own', problem: oneOf('context', ['fork']) },
  {
    key: 'agent',
    doc: 'the subagent type used with `context: fork`',
    problem: (value, fields) => text('agent')(value) ?? (fields.get('context')?.value === 'fork' ? null : '`agent` only takes effect with `context: fork`; add it or remove `agent`'),
  },
  { key: 'hooks', doc: 'hooks active while the skill runs: event → [{ matcher, hooks: [{ type: command|prompt, … }] }]', problem: hooksProblem },
];

/**
 * Codex reads only the specification's fields from SKILL.md (its interface settings live in
 * `agents/openai.yaml`); CoWorker reads the specification's fields. Both add nothing here, and say so
 * in the unknown-field message.
 */
const FIELDS: Record<Profile, readonly ProfileField[]> = { spec: [], 'claude-code': CLAUDE_CODE, codex: [], coworker: [] };

/** The extra frontmatter fields a profile accepts. */
export function profileFields(profile: Profile): readonly ProfileField[] {
  return FIELDS[profile];
}

/** The client a profile stands for, as users know it. */
export const PROFILE_CLIENTS: Record<Profile, string> = {
  spec: 'the Agent Skills specification',
  'claude-code': 'Claude Code',
  codex: 'Codex',
  coworker: 'CoWorker',
};
