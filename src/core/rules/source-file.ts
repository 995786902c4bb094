import type { SkillRule } from './types.ts';

/**
 * Reported by the reader before any rule runs (the check itself lives in the file-system layer):
 * empty files, invalid UTF-8, files over the size cap, and symlinks that leave the tree.
 */
const rule: SkillRule = {
  id: 'source-file',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: 'SKILL.md is a non-empty UTF-8 text file of reasonable size, inside the tree (a symlink may not point outside it).',
    pass: '---\nname: notes\ndescription: Keeps meeting notes tidy. Use when summarizing a meeting.\n---\n',
    fail: '(a SKILL.md that is a symlink to /etc/passwd, or a 50 MB file, or Latin-1 text)',
  },
  check() {},
};
export default rule;
