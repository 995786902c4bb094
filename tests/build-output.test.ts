import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli as run, triggerFilesAt } from './helpers.ts';

const SKILL = '---\nname: alpha\ndescription: Does alpha. Use when alpha is needed.\nmetadata:\n  tags: alpha\n---\n# Alpha\n\nText.\n';

function project() {
  return makeTree({
    'skillpack.config.json': JSON.stringify({ catalog: 'skills' }),
    'skills/categories.yaml': 'tools:\n  title: Tools\n  description: Small tools.\n',
    'skills/tools/alpha/SKILL.md': SKILL,
    ...triggerFilesAt('skills/tools/alpha'),
    'docs/guide.md': '# Guide\n',
  });
}

/** Every file below a folder, with its content, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) out[`${prefix}${entry.name}`] = readFileSync(join(at, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

describe('skillpack build --out', () => {
  it('refuses the project folder, the source tree, folders around or inside them, and foreign folders, deleting nothing', () => {
    const root = project();
    mkdirSync(join(root, 'nested/project'), { recursive: true });
    symlinkSync(join(root, 'skills'), join(root, 'link-to-skills'));
    symlinkSync(root, join(root, 'docs/link-to-root'));
    writeFileSync(join(root, 'plain-file'), 'x');
    const before = snapshot(root);
    const refusals: Array<[string[], RegExp]> = [
      [['--out', '.'], /is the project folder/],
      [['--out', root], /is the project folder/],
      [['--out', '..'], /contains the project folder/],
      [['--out', 'skills'], /is the source folder/],
      [['--out', 'skills/tools'], /is inside the source folder/],
      [['--out', 'skills/new-folder'], /is inside the source folder/],
      [['--out', 'link-to-skills'], /is the source folder/],
      [['--out', 'link-to-skills/out'], /is inside the source folder/],
      [['--out', 'docs/link-to-root'], /is the project folder/],
      [['--source', 'skills/tools', '--out', 'skills'], /contains the source folder/],
      [['--out', 'docs'], /holds files skillpack did not write/],
      [['--out', 'plain-file'], /is not a folder/],
    ];
    for (const [args, reason] of refusals) {
      const { code, stdout, stderr } = run(['build', ...args], root);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(reason);
      expect(stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stdout).toBe('');
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('writes into a new or empty folder, marks it, and replaces a folder it marked', () => {
    const root = project();
    mkdirSync(join(root, 'empty'));
    expect(run(['build', '--out', 'empty'], root).code).toBe(0);
    expect(existsSync(join(root, 'empty/.skillpack-output'))).toBe(true);
    expect(run(['build', '--out', 'dist/bundle'], root).code).toBe(0);
    writeFileSync(join(root, 'skills/tools/alpha/SKILL.md'), SKILL.replace('Text.', 'Changed.'));
    const again = run(['build', '--out', 'dist/bundle'], root);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(root, 'dist/bundle/skills/alpha.md'), 'utf8')).toContain('Changed.');
  });

  it('recognizes the output of builds from before the marker, and nothing more', () => {
    const root = project();
    expect(run(['build', '--out', 'old'], root).code).toBe(0);
    rmSync(join(root, 'old/.skillpack-output'));
    expect(run(['build', '--out', 'old'], root).code).toBe(0);
    rmSync(join(root, 'old/.skillpack-output'));
    writeFileSync(join(root, 'old/notes.txt'), 'mine\n');
    expect(run(['build', '--out', 'old'], root).stderr).toMatch(/holds files skillpack did not write/);
    rmSync(join(root, 'old/notes.txt'));
    writeFileSync(join(root, 'old/skills.json'), '{"generator":"someone else"}');
    expect(run(['build', '--out', 'old'], root).stderr).toMatch(/holds files skillpack did not write/);
  });
});
