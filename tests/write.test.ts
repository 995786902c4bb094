import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputPathError, writeAtomically } from '../src/node/write.ts';
import { makeTree } from './helpers.ts';

describe('writeAtomically', () => {
  const hostileNames = ['../x', '..\\x', '%2e%2e', '/etc/x', 'C:\\x', 'a\0b', 'x/../../y', 'a\x1b[2Jb', 'con'];

  for (const name of hostileNames) {
    it(`refuses the output path of a skill named ${JSON.stringify(name)} and writes nothing`, () => {
      const root = makeTree({ 'out/skills.json': 'previous\n', 'out/skills/old.md': 'old\n' });
      const out = join(root, 'out');
      const files = [
        { path: 'skills.json', content: 'new\n' },
        { path: 'skills/good.md', content: 'good\n' },
        { path: `skills/${name}.md`, content: 'evil\n' },
      ];
      expect(() => writeAtomically(out, files, ['skills'])).toThrow(OutputPathError);
      expect(() => writeAtomically(out, files, ['skills'])).toThrow(/^refusing to write "skills\/.*": /);
      expect(readFileSync(join(out, 'skills.json'), 'utf8')).toBe('previous\n');
      expect(readdirSync(out).sort()).toEqual(['skills', 'skills.json']);
      expect(readdirSync(join(out, 'skills'))).toEqual(['old.md']);
      expect(existsSync(join(root, 'x.md'))).toBe(false);
      expect(existsSync(join(root, 'y.md'))).toBe(false);
    });
  }

  it('refuses two files whose paths differ only in case or Unicode form', () => {
    const root = makeTree({});
    for (const pair of [['skills/A.md', 'skills/a.md'], ['skills/\u00e9.md', 'skills/e\u0301.md']]) {
      expect(() => writeAtomically(join(root, 'out'), pair.map((path) => ({ path, content: 'x' })))).toThrow(/same file/);
    }
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('writes ordinary nested paths', () => {
    const root = makeTree({});
    expect(writeAtomically(join(root, 'out'), [{ path: 'skills/my-skill.md', content: 'x' }, { path: 'index.json', content: '{}' }])).toBe(true);
    expect(readFileSync(join(root, 'out/skills/my-skill.md'), 'utf8')).toBe('x');
  });
});
