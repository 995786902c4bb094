import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, VALID_TRIGGERS } from './helpers.ts';

const SCRIPT = resolve(import.meta.dirname, '../scripts/migrate-evals.ts');
const migrate = (dir: string) => spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });

describe('npm run migrate-evals', () => {
  it('splits the older file 60/40 into the two query files and removes it', () => {
    const root = makeTree({ 'tools/alpha/SKILL.md': 'x', 'tools/alpha/evals/triggers.json': VALID_TRIGGERS });
    expect(migrate(root).status).toBe(0);
    const train = JSON.parse(readFileSync(join(root, 'tools/alpha/evals/train_queries.json'), 'utf8'));
    const validation = JSON.parse(readFileSync(join(root, 'tools/alpha/evals/validation_queries.json'), 'utf8'));
    expect([train.length, validation.length]).toEqual([5, 3]);
    expect(existsSync(join(root, 'tools/alpha/evals/triggers.json'))).toBe(false);
  });

  it('never follows links: a linked old file is left alone, a planted link is not written through', () => {
    const outside = makeTree({ 'target.txt': 'untouched', 'triggers.json': VALID_TRIGGERS });
    const root = makeTree({ 'tools/alpha/SKILL.md': 'x', 'tools/beta/SKILL.md': 'x', 'tools/beta/evals/triggers.json': VALID_TRIGGERS });
    const evals = join(root, 'tools/alpha/evals');
    // A linked triggers.json, and a link planted where the migration writes its temporary file.
    mkdirSync(evals);
    symlinkSync(join(outside, 'triggers.json'), join(evals, 'triggers.json'));
    symlinkSync(join(outside, 'target.txt'), join(root, 'tools/beta/evals/train_queries.json.tmp'));
    const result = migrate(root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('left alone (not a regular file)');
    expect(readFileSync(join(outside, 'target.txt'), 'utf8')).toBe('untouched');
    expect(readFileSync(join(outside, 'triggers.json'), 'utf8')).toBe(VALID_TRIGGERS);
    expect(lstatSync(join(evals, 'triggers.json')).isSymbolicLink()).toBe(true);
    // beta is migrated anyway, its files written in place of the planted link.
    expect(lstatSync(join(root, 'tools/beta/evals/train_queries.json')).isFile()).toBe(true);
  });

  it('leaves a skill alone whose evals folder is a link', () => {
    const outside = makeTree({ 'triggers.json': VALID_TRIGGERS });
    const root = makeTree({ 'tools/gamma/SKILL.md': 'x' });
    symlinkSync(outside, join(root, 'tools/gamma/evals'));
    expect(migrate(root).stdout).toContain('left alone (not a regular file)');
    expect(existsSync(join(outside, 'train_queries.json'))).toBe(false);
    expect(readFileSync(join(outside, 'triggers.json'), 'utf8')).toBe(VALID_TRIGGERS);
  });

  it('escapes a hostile folder name in what it prints', () => {
    const root = makeTree({ 'tools/a\u001b[31mred/SKILL.md': 'x', 'tools/a\u001b[31mred/evals/triggers.json': '{"should_trigger": []}' });
    const result = migrate(root);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('left alone (does not validate)');
  });
});
