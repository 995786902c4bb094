import { resourceFile } from '../texts.ts';
import type { SkillRule } from './types.ts';

/**
 * A path segment that is safe everywhere a file name goes: shell commands, URLs, HTML, every file
 * system. Letters, digits, `.`, `_`, `+` and `-`; not `.` or `..`; not starting with `-` (an option to
 * most commands).
 */
const SAFE_SEGMENT = /^[A-Za-z0-9._+][A-Za-z0-9._+-]{0,254}$/;

/** Why a resource path is refused, or null when it is fine. */
export function resourcePathProblem(path: string): string | null {
  for (const segment of path.split('/')) {
    if (segment === '.' || segment === '..') return 'has a `.` or `..` part';
    if (!SAFE_SEGMENT.test(segment)) {
      const odd = [...segment].find((char) => !/[A-Za-z0-9._+-]/.test(char));
      if (odd === undefined) return segment.startsWith('-') ? 'has a part starting with `-`, which commands read as an option' : 'has a part longer than 255 characters';
      return `contains ${JSON.stringify(odd)} (U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
    }
  }
  return null;
}

const rule: SkillRule = {
  id: 'resource-name',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary:
      'Files beside SKILL.md have plain names: letters, digits, `.`, `_`, `+` and `-` in each part, no part starting with `-`, no `..`. Other names break or subvert the shell commands, URLs and pages they end up in.',
    pass: 'my-skill/references/api_v2.md, my-skill/scripts/run-tests.sh',
    fail: 'my-skill/references/$(touch PWNED).md, my-skill/scripts/-rf, my-skill/references/notes\\n.md',
  },
  check({ skill, report }) {
    for (const file of skill.source.files) {
      const problem = resourcePathProblem(file.path);
      if (problem) report(null, `File name ${JSON.stringify(file.path)} ${problem}; rename it to letters, digits, ".", "_", "+" and "-"`, { file: resourceFile(skill.source.file, file.path) });
    }
  },
};
export default rule;
