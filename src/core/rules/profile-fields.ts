import { PROFILE_CLIENTS, profileFields } from '../profiles.ts';
import type { SkillRule } from './types.ts';

const rule: SkillRule = {
  id: 'profile-fields',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary:
      'The extra frontmatter fields of the chosen agent profile (`--profile claude-code`: `argument-hint`, `disable-model-invocation`, `user-invocable`, `model`, `effort`, `context`, `agent`, `hooks`, …) have the types and values that client accepts.',
    pass: '---\nname: deploy\ndescription: Deploys the app. Use when the user asks to ship.\ndisable-model-invocation: true\n---\n',
    fail: '---\nname: deploy\ndescription: Deploys the app. Use when the user asks to ship.\ndisable-model-invocation: "yes"\n---\n',
    profile: 'claude-code',
  },
  check({ skill, config, report }) {
    const fields = skill.frontmatter?.fields;
    if (!fields) return;
    for (const known of profileFields(config.profile)) {
      const field = fields.get(known.key);
      if (!field) continue;
      const problem = known.problem(field.value, fields);
      if (problem) report(field.valueSpan, `${problem} (${PROFILE_CLIENTS[config.profile]})`);
    }
  },
};
export default rule;
