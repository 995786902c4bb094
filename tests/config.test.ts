/** A skillpack.config.json is part of the tree it sits in, so it is as untrusted as the skills. */
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli as run, triggerFilesAt } from './helpers.ts';

const SECRET = 'TOP-SECRET-CONTENT';
const SKILL = '---\nname: alpha\ndescription: Does alpha. Use when alpha is needed.\nmetadata:\n  tags: alpha\n---\n# Alpha\n\nText.\n';

/** A project whose config is `config`, beside a folder outside it that holds a secret and a skill. */
function project(config: unknown) {
  const top = makeTree({
    'outside/secret.yaml': `${SECRET}: {}\n`,
    'outside/skills/tools/stolen/SKILL.md': `---\nname: stolen\ndescription: ${SECRET}\n---\n`,
    'project/skillpack.config.json': typeof config === 'string' ? config : JSON.stringify(config),
    'project/skills/categories.yaml': 'tools:\n  title: Tools\n  description: Small tools.\n',
    'project/skills/tools/alpha/SKILL.md': SKILL,
    ...triggerFilesAt('project/skills/tools/alpha'),
  });
  return { top, root: join(top, 'project') };
}

describe('skillpack.config.json from an untrusted tree', () => {
  it('cannot point the catalog or the categories file outside its folder, directly or through a symlink', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ catalog: '../outside/skills' }, /"catalog" must be a folder inside the project/],
      [{ catalog: '/' }, /"catalog" must be a folder inside the project/],
      [{ catalog: 'skills', categories: '../outside/secret.yaml' }, /"categories" must be a file inside the project/],
      [{ catalog: 'skills', categories: '/etc/passwd' }, /"categories" must be a file inside the project/],
      [{ catalog: 'linked' }, /"catalog" must be a folder inside the project/],
      [{ catalog: 'skills', categories: 'linked.yaml' }, /"categories" must be a file inside the project/],
    ];
    for (const [config, reason] of cases) {
      const { top, root } = project(config);
      symlinkSync(join(top, 'outside/skills'), join(root, 'linked'));
      symlinkSync(join(top, 'outside/secret.yaml'), join(root, 'linked.yaml'));
      for (const args of [['check'], ['build'], ['new', 'tools/gamma']]) {
        const { code, stdout, stderr } = run(args, root);
        const label = `${JSON.stringify(config)} ${args[0]}`;
        expect(code, label).toBe(2);
        expect(stderr, label).toMatch(/^skillpack: skillpack\.config\.json: /);
        expect(stderr, label).toMatch(reason);
        expect(stdout + stderr, label).not.toContain(SECRET);
      }
    }
  });

  it('cannot switch the safety rules off or allow every installer', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ preset: 'spec' }, /"preset" "spec" would turn off the safety rules; pass --preset spec/],
      [{ preset: 'none' }, /"preset" must be default or catalog/],
      [{ allowedInstallers: [''] }, /"allowedInstallers"/],
      [{ allowedInstallers: ['http'] }, /"allowedInstallers"/],
      [{ allowedInstallers: ['https://'] }, /"allowedInstallers"/],
      [{ allowedInstallers: ['https://evil.example'] }, /"allowedInstallers"/],
      [{ allowedInstallers: 'https://evil.example/' }, /"allowedInstallers"/],
      [{ catalog: 42 }, /"catalog" must be a string/],
      [{ catalgo: 'skills' }, /unknown setting "catalgo"/],
      ['[]', /must hold a JSON object/],
      ['{"catalog": ', /skillpack\.config\.json: /],
    ];
    for (const [config, reason] of cases) {
      const { code, stderr } = run(['check'], project(config).root);
      expect(code, JSON.stringify(config)).toBe(2);
      expect(stderr, JSON.stringify(config)).toMatch(reason);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says which installers it allows when it replaces the default list', () => {
    const { root } = project({ catalog: 'skills', allowedInstallers: ['https://get.example.com/'] });
    const { code, stdout } = run(['check'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('skillpack.config.json allows piping these installers into a shell: https://get.example.com/');
  });

  it('still works as documented for a catalog inside the project', () => {
    const { root } = project({ catalog: 'skills', categories: 'skills/categories.yaml', preset: 'catalog' });
    mkdirSync(join(root, 'dist'));
    expect(run(['check'], root).code).toBe(0);
    expect(run(['build'], root).code).toBe(0);
  });
});
