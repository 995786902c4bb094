// The fixture catalog plus one long skill: enough text to scroll past its contents, a mention of
// another skill's name in inline code, and words that only the stop-word list would match.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFixtureCatalog } from './fixture.ts';

const sections = Array.from({ length: 24 }, (_, i) =>
  [
    `## Stage ${i + 1}`,
    '',
    `Stage ${i + 1} of the release checklist keeps the notes honest: compare the changelog with the merged work, and ask the owners of each change to confirm the wording before it ships to readers.`,
    '',
    'Readers skim, so lead with what changed for them and leave the internals for the linked pull requests.',
    '',
    '```bash',
    `git log --oneline v${i}.0.0..v${i + 1}.0.0`,
    '```',
    '',
  ].join('\n'),
).join('\n');

export const LONG_SKILL = {
  path: 'devops/release-notes',
  text: `---\nname: release-notes\ndescription: Writes release notes readers can act on, from merged changes. Use when preparing a release announcement or changelog.\nlicense: MIT\nmetadata:\n  tags: releases changelog docs\n---\n# Release notes\n\nFor flaky checks before a release, see \`flaky-tests\`; for rollouts, \`zeppelin-deploys\`. The name \`release-notes\` is this skill's own, and \`not-a-skill\` names none.\n\n${sections}`,
};

export function writePolishCatalog(): string {
  const root = writeFixtureCatalog();
  const files: Record<string, string> = {
    [`skills/${LONG_SKILL.path}/SKILL.md`]: LONG_SKILL.text,
    [`skills/${LONG_SKILL.path}/evals/triggers.json`]: JSON.stringify({
      should_trigger: ['write release notes', 'draft the changelog', 'announce a release', 'summarize merged changes', 'prepare notes for v2'],
      should_not_trigger: ['bake bread', 'plan a trip', 'write a poem'],
    }),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
