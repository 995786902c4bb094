import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostics.ts';
import { formatPretty, messageShape, type Report } from '../src/core/report.ts';
import { AGENT_NAMES } from '../src/node/install/agents.ts';
import { checkPaths } from '../src/node/pipeline.ts';
import { PROFILES } from '../src/core/profiles.ts';
import { PRESETS } from '../src/core/rules/types.ts';
import { colorFor, Progress, progressLine, suggestSkillName } from '../src/cli/terminal.ts';
import { closest, COMMANDS, editDistance, usageLine } from '../src/cli/usage.ts';
import { makeTree, runCli as run } from './helpers.ts';

const BIN = resolve(import.meta.dirname, '../bin/skillpack.js');

const catalogProject = () =>
  makeTree({
    'skillpack.config.json': JSON.stringify({ catalog: 'skills', categories: 'skills/categories.yaml' }),
    'skills/categories.yaml': 'tools:\n  title: Tools\n  description: Small tools.\n',
  });

describe('skillpack --help', () => {
  it('gives every command its own help with --help and -h, exit 0', () => {
    const root = makeTree({});
    for (const { name, summary } of COMMANDS) {
      for (const flag of ['--help', '-h']) {
        const { code, stdout, stderr } = run([name, flag], root);
        expect(code, `${name} ${flag}`).toBe(0);
        expect(stderr).toBe('');
        expect(stdout.split('\n').slice(0, 3)).toEqual([expect.stringMatching(new RegExp(`^Usage: skillpack ${name}\\b`)), '', summary]);
        expect(stdout).toContain('-h, --help');
      }
    }
    expect(run(['help', 'new'], root).stdout).toBe(run(['new', '--help'], root).stdout);
  });

  it('prints the options of check in aligned columns', () => {
    expect(run(['check', '--help'], makeTree({})).stdout).toBe(
      [
        'Usage: skillpack check [options] [PATH…]',
        '',
        'Validate skills (a tree, a skill folder or a SKILL.md; default: the catalog)',
        '',
        'Options:',
        '  --format pretty|json|github|sarif          Output format (default: pretty); json and sarif carry each skill’s verdict',
        '  --explain                                  After the findings, one line per skill: safe, suspicious or malicious, and why',
        '  --preset spec|default|catalog              Rule set (default: catalog inside the catalog, else default)',
        '  --profile spec|claude-code|codex|coworker  Also accept and check this client’s frontmatter fields (default: spec)',
        '  --no-cache                                 Ignore and do not write the incremental cache',
        '  -h, --help                                 Show this help',
        '',
      ].join('\n'),
    );
  });

  it('lists the commands with their descriptions in one column', () => {
    const { code, stdout } = run(['--help'], makeTree({}));
    expect(code).toBe(0);
    const rows = stdout.split('\n\n')[1]!.split('\n').slice(1);
    expect(rows.map((row) => row.trim().split(' ')[0])).toEqual(COMMANDS.map((command) => command.name));
    const starts = rows.map((row, i) => row.indexOf(COMMANDS[i]!.summary));
    expect(new Set(starts).size).toBe(1);
    expect(starts[0]).toBe(2 + Math.max(...COMMANDS.map((c) => [...`${c.name} ${c.args}`.trim()].length)) + 2);
  });

  it('answers --help without starting the checking machinery', () => {
    const { stdout } = run(['check', '--help', '--', '--format'], makeTree({}));
    expect(stdout).toMatch(/^Usage: skillpack check/);
    const afterSeparator = run(['check', '--', '--help'], makeTree({}));
    expect(afterSeparator.code).toBe(2);
    expect(afterSeparator.stderr).toBe('skillpack check: no skill found at "--help" (it does not exist or holds no SKILL.md)\nUsage: skillpack check [options] [PATH…]  (skillpack check --help for more)\n');
  });
});

describe('usage errors', () => {
  const usageErrors: Array<[string[], string]> = [
    [['check', '--bogus'], 'skillpack check: unknown option --bogus\nUsage: skillpack check [options] [PATH…]  (skillpack check --help for more)\n'],
    [['check', '--fromat', 'json'], 'skillpack check: unknown option --fromat\nDid you mean --format?\nUsage: skillpack check [options] [PATH…]  (skillpack check --help for more)\n'],
    [['check', '--format', 'jsno'], 'skillpack check: --format must be pretty, json, github or sarif, not "jsno"\nDid you mean json?\nUsage: skillpack check [options] [PATH…]  (skillpack check --help for more)\n'],
    [['check', '--format'], 'skillpack check: --format needs a value (pretty|json|github|sarif)\nUsage: skillpack check [options] [PATH…]  (skillpack check --help for more)\n'],
    [['check', '--format', '--explain'], 'skillpack check: --format needs a value (pretty|json|github|sarif), not the option --explain\nUsage: skillpack check [options] [PATH…]  (skillpack check --help for more)\n'],
    [['check', '--explain=yes'], 'skillpack check: --explain takes no value\nUsage: skillpack check [options] [PATH…]  (skillpack check --help for more)\n'],
    [['check', '--preset', 'catalgo'], 'skillpack check: --preset must be spec, default or catalog, not "catalgo"\nDid you mean catalog?\nUsage: skillpack check [options] [PATH…]  (skillpack check --help for more)\n'],
    [['check', '-x'], 'skillpack check: unknown option -x\nUsage: skillpack check [options] [PATH…]  (skillpack check --help for more)\n'],
    [['build', 'skills'], 'skillpack build: unexpected argument "skills" (build takes only options)\nUsage: skillpack build [options]  (skillpack build --help for more)\n'],
    [['search', 'docker', '--limt', '3'], 'skillpack search: unknown option --limt\nDid you mean --limit?\nUsage: skillpack search [options] QUERY  (skillpack search --help for more)\n'],
    [['chekc'], 'skillpack: unknown command "chekc"\nDid you mean check?\nUsage: skillpack <command> [options]  (skillpack --help for more)\n'],
    [['--verison'], 'skillpack: unknown option --verison\nDid you mean --version?\nUsage: skillpack <command> [options]  (skillpack --help for more)\n'],
    [['help', 'biuld'], 'skillpack: unknown command "biuld"\nDid you mean build?\nUsage: skillpack <command> [options]  (skillpack --help for more)\n'],
  ];
  it.each(usageErrors)('%j: one line, a suggestion when one is close, the usage line, exit 2', (args, expected) => {
    const { code, stdout, stderr } = run(args, catalogProject());
    expect(stderr).toBe(expected);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('exits 2 with the same shape for an unknown option of every command', () => {
    const root = catalogProject();
    for (const { name } of COMMANDS) {
      const { code, stderr } = run([name, '--bogus'], root);
      expect(code, name).toBe(2);
      expect(stderr.split('\n')).toEqual([`skillpack ${name}: unknown option --bogus`, expect.stringMatching(new RegExp(`^Usage: skillpack ${name}\\b`)), '']);
    }
  });

  it('shows control characters of a mistyped option as escapes', () => {
    const { code, stderr } = run(['check', '--a\u001b[2Jb'], makeTree({}));
    expect(code).toBe(2);
    expect(stderr).not.toContain('\u001b');
    expect(stderr.split('\n')[0]).toMatch(/^skillpack check: unknown option --a\\/);
  });
});

describe('skillpack new with a bad name', () => {
  it('suggests a valid <category>/<name> and exits 2', () => {
    const root = catalogProject();
    const cases: Array<[string[], string, string]> = [
      [['Foo Bar!'], 'expected <category>/<name>, got "Foo Bar!"', 'tools/foo-bar'],
      [['tools/Foo Bar!'], 'cannot create tools/Foo Bar!: `name` "Foo Bar!" must be lowercase ("foo bar!"); `name` "Foo Bar!" contains invalid characters; use only letters, digits and hyphens', 'tools/foo-bar'],
      [['tools/Café_Crème'], 'cannot create tools/Café_Crème: `name` "Café_Crème" must be lowercase ("café_crème"); `name` "Café_Crème" contains invalid characters; use only letters, digits and hyphens', 'tools/cafe-creme'],
      [['tols/gamma'], 'cannot create tols/gamma: category "tols" is not listed in the categories file; known: tools', 'tools/gamma'],
      [['Foo', 'Bar'], 'expected one CATEGORY/NAME, got 2 arguments (a name has no spaces)', 'tools/foo-bar'],
    ];
    for (const [args, problem, suggestion] of cases) {
      const { code, stdout, stderr } = run(['new', ...args], root);
      expect(stderr, args.join(' ')).toBe(`skillpack new: ${problem}\nDid you mean ${suggestion}?\nUsage: skillpack new CATEGORY/NAME  (skillpack new --help for more)\n`);
      expect(stdout).toBe('');
      expect(code).toBe(2);
    }
  });

  it('turns what was typed into a valid name', () => {
    expect(suggestSkillName('Foo Bar!')).toBe('foo-bar');
    expect(suggestSkillName('  --Déjà   Vu--  ')).toBe('deja-vu');
    expect(suggestSkillName('!!!')).toBeUndefined();
    expect(suggestSkillName(`${'word-'.repeat(20)}end`)!.length).toBeLessThanOrEqual(64);
  });
});

describe('suggestions', () => {
  it('measures edits, with a transposition as one', () => {
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('chek', 'check')).toBe(1);
    expect(editDistance('bogus', 'format')).toBe(5);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only what is close, or the one option a prefix starts', () => {
    const options = ['format', 'explain', 'preset', 'profile', 'no-cache', 'help'];
    expect(closest('fromat', options)).toBe('format');
    expect(closest('bogus', options)).toBeUndefined();
    expect(closest('expl', options)).toBe('explain');
    expect(closest('pr', options)).toBeUndefined();
    expect(closest('x'.repeat(100), options)).toBeUndefined();
  });
});

describe('colours', () => {
  const tty = { isTTY: true } as unknown as NodeJS.WritableStream;
  const pipe = {} as NodeJS.WritableStream;
  it('colours a terminal only, unless NO_COLOR or FORCE_COLOR says otherwise', () => {
    expect(colorFor(tty, {})).toBe(true);
    expect(colorFor(pipe, {})).toBe(false);
    expect(colorFor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorFor(tty, { NO_COLOR: '' })).toBe(true);
    expect(colorFor(tty, { TERM: 'dumb' })).toBe(false);
    expect(colorFor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorFor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(colorFor(tty, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('writes escapes through a pipe only when FORCE_COLOR asks for them', () => {
    const root = makeTree({ 'tree/a/SKILL.md': '---\nname: b\ndescription: x\n---\n' });
    expect(run(['check', 'tree'], root).stdout).not.toContain('\u001b[');
    expect(run(['check', 'tree'], root, { NO_COLOR: '' }).stdout).not.toContain('\u001b[');
    expect(run(['check', 'tree'], root, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout).toContain('\u001b[31merror  \u001b[0m');
  });
});

const diagnostic = (file: string, line: number | null, message: string, rule = 'resource-files', severity: 'error' | 'warning' = 'warning'): Diagnostic => ({
  file,
  line,
  column: line === null ? null : 1,
  rule,
  severity,
  message,
});

function report(diagnostics: Diagnostic[], skills: string[], files: number): Report {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { diagnostics, files: skills.length, errors, warnings: diagnostics.length - errors, checked: { skills, files } };
}

describe('pretty output', () => {
  it('folds repeats of one finding in one skill into one line with the count and the first location', () => {
    const binary = 'Binary file outside assets/; agents cannot read it and reviewers cannot check it. Move media into assets/ or remove it';
    const fonts = ['a', 'b', 'c', 'd'].map((name) => diagnostic(`tree/fonty/fonts/${name}.woff2`, null, binary));
    const links = [3, 7].map((line) => diagnostic('tree/other/SKILL.md', line, `Link "x${line}.md" is broken`, 'links', 'error'));
    const lines = [4, 9, 12].map((line) => diagnostic('tree/other/SKILL.md', line, `Line ${line} is longer than 120 characters`, 'line-length'));
    const out = formatPretty(report([...fonts, ...[...links, ...lines].sort((a, b) => a.line! - b.line!)], ['tree/fonty/SKILL.md', 'tree/other/SKILL.md', 'tree/clean/SKILL.md'], 12), false);
    expect(out).toBe(
      [
        'tree/fonty/fonts/a.woff2',
        `  -  warning  ${binary} [4 times in this skill; first here, then fonts/b.woff2, fonts/c.woff2, …]  resource-files`,
        '',
        'tree/other/SKILL.md',
        '  3:1  error    Link "x3.md" is broken  links',
        '  4:1  warning  Line 4 is longer than 120 characters [3 times in this skill; first here, then 9:1, 12:1]  line-length',
        '  7:1  error    Link "x7.md" is broken  links',
        '',
        'Findings per rule:',
        '  resource-files  4 warnings',
        '  line-length     3 warnings',
        '  links           2 errors',
        '',
        '✖ 9 problems (2 errors, 7 warnings) in 2 of 3 skills (12 files checked)',
      ].join('\n'),
    );
  });

  it('does not fold findings of different skills, rules or message shapes', () => {
    const out = formatPretty(
      report(
        [
          diagnostic('t/a/SKILL.md', 1, 'Missing "x"'),
          diagnostic('t/a/SKILL.md', 2, 'Missing "y"', 'other'),
          diagnostic('t/a/SKILL.md', 3, 'Unknown "z"'),
          diagnostic('t/b/SKILL.md', 1, 'Missing "x"'),
          diagnostic('t/b/references/r.md', 1, 'Missing "x"'),
        ],
        ['t/a/SKILL.md', 't/b/SKILL.md'],
        3,
      ),
      false,
    );
    expect(out).not.toContain('times in this');
    expect(out.split('\n').pop()).toBe('✖ 5 problems (0 errors, 5 warnings) in 2 of 2 skills (3 files checked)');
  });

  it('says what was checked when nothing is wrong', () => {
    expect(formatPretty(report([], ['t/a/SKILL.md'], 1), false)).toBe('✔ no problems in 1 skill (1 file checked)');
  });

  it('gives messages that differ only in quoted text and numbers one shape', () => {
    expect(messageShape('Binary file "a.woff2" (12 KiB)')).toBe(messageShape('Binary file "bb.woff2" (7 KiB)'));
    expect(messageShape('Line 4 is `x`')).toBe('Line # is ``');
    expect(messageShape('Missing "x"')).not.toBe(messageShape('Unknown "x"'));
    expect(messageShape('Unclosed "quote')).toBe('Unclosed "');
  });

  it('folds in pretty output only: json lists every finding', () => {
    const files: Record<string, string | Uint8Array> = { 'tree/fonty/SKILL.md': '---\nname: fonty\ndescription: Draws fonts. Use when fonts.\n---\n# Fonty\n' };
    for (const name of ['a', 'b', 'c', 'd', 'e']) files[`tree/fonty/fonts/${name}.woff2`] = new Uint8Array([0, 1, 2, 3, 0xff]);
    const root = makeTree(files);
    const pretty = run(['check', 'tree'], root).stdout;
    expect(pretty).toContain('[5 times in this skill; first here, then fonts/b.woff2, fonts/c.woff2, …]  resource-files');
    expect(pretty.trimEnd().split('\n').slice(-4)).toEqual(['Findings per rule:', '  resource-files  5 warnings', '', '✖ 5 problems (0 errors, 5 warnings) in 1 of 1 skill (6 files checked)']);
    expect(JSON.parse(run(['check', 'tree', '--format', 'json'], root).stdout).diagnostics).toHaveLength(5);
    expect(run(['check', 'tree', '--format', 'github'], root).stdout.trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('single-file skills', () => {
  it('takes <category>/<name>.md as a skill only when it starts with frontmatter', () => {
    const root = makeTree({
      'tree/spec/agent-skills-spec.md': '# The format\n\nDocumentation, not a skill.\n',
      'tree/spec/solo.md': '---\nname: solo\ndescription: Works alone. Use when alone.\n---\n# Solo\n',
      'tree/spec/bom.md': '\ufeff---\nname: bom\ndescription: Has a byte order mark. Use when testing.\n---\n# Bom\n',
      'tree/spec/empty.md': '',
    });
    const { code, stdout } = run(['check', 'tree', '--format', 'json'], root);
    expect(JSON.parse(stdout)).toMatchObject({ diagnostics: [], skills: [{ file: 'tree/spec/bom.md' }, { file: 'tree/spec/solo.md' }] });
    expect(code).toBe(0);
  });
});

describe('progress', () => {
  it('formats the progress line', () => {
    expect(progressLine(0, 501)).toBe('checking skills: 0/501 (0%)');
    expect(progressLine(1200, 5000)).toBe('checking skills: 1200/5000 (24%)');
    expect(progressLine(501, 501)).toBe('checking skills: 501/501 (100%)');
  });

  it('rewrites one line at most every 100 ms above 500 skills and erases it at the end', () => {
    const written: string[] = [];
    let now = 0;
    const progress = new Progress({ write: (text: string) => written.push(text) } as unknown as NodeJS.WritableStream, () => now);
    for (let done = 1; done <= 500; done++) progress.update(done, 500);
    progress.clear();
    expect(written).toEqual([]);
    progress.update(1, 600);
    progress.update(2, 600);
    now = 150;
    progress.update(3, 600);
    progress.update(600, 600);
    progress.clear();
    expect(written).toEqual(['\rchecking skills: 1/600 (0%)\u001b[K', '\rchecking skills: 3/600 (0%)\u001b[K', '\rchecking skills: 600/600 (100%)\u001b[K', '\r\u001b[K']);
  });

  it('is told of every skill checked, answered from the cache or not', async () => {
    const root = makeTree(Object.fromEntries([1, 2, 3].map((i) => [`tree/s${i}/SKILL.md`, `---\nname: s${i}\ndescription: Skill ${i}. Use when ${i}.\n---\n# S\n`])));
    for (const cache of [false, true, true]) {
      const seen: string[] = [];
      await checkPaths({ cwd: root, paths: [resolve(root, 'tree')], cache, cacheFile: resolve(root, 'cache.json'), onProgress: (done, total) => seen.push(`${done}/${total}`) });
      expect(seen).toEqual(['1/3', '2/3', '3/3']);
    }
  });

  const manySkills = () => makeTree(Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`tree/s${i}/SKILL.md`, `---\nname: s${i}\ndescription: Skill ${i}. Use when ${i}.\n---\n# S\n`])));

  it('prints nothing on stderr when it is not a terminal', () => {
    const { code, stderr, stdout } = run(['check', 'tree', '--preset', 'spec', '--no-cache'], manySkills());
    expect(stderr).toBe('');
    expect(stdout).toBe('✔ no problems in 501 skills (501 files checked)\n');
    expect(code).toBe(0);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('shows the line on a terminal, erased at the end, and never with --format json', () => {
    const root = manySkills();
    const onTerminal = (args: string) =>
      execFileSync('script', ['-qefc', `'${process.execPath}' '${BIN}' check tree --preset spec --no-cache ${args}`, '/dev/null'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const pretty = onTerminal('');
    expect(pretty).toMatch(/^\rchecking skills: \d+\/501 \(\d+%\)\u001b\[K/);
    expect(pretty).toContain('\rchecking skills: 501/501 (100%)\u001b[K\r\u001b[K✔ no problems in 501 skills');
    const json = onTerminal('--format json');
    expect(json).not.toContain('checking skills');
    expect(JSON.parse(json).files).toBe(501);
  });
});

describe('commands that need an argument', () => {
  it('name what is missing, for every such command', () => {
    const root = catalogProject();
    const missing: Array<[string, string]> = [
      ['new', 'CATEGORY/NAME, the category and name of the new skill'],
      ['preview', 'PATH, the skill or folder of skills to serve'],
      ['search', 'QUERY, the task to rank skills for'],
      ['install', 'NAME…, the skills to install'],
      ['remove', 'NAME…, the skills to remove'],
    ];
    for (const [command, what] of missing) {
      const { code, stderr } = run([command], root);
      expect(stderr, command).toBe(`skillpack ${command}: missing ${what}\n${usageLine(command)}  (skillpack ${command} --help for more)\n`);
      expect(code).toBe(2);
    }
  });
});

describe('the usage table', () => {
  it('lists exactly the values each command accepts', () => {
    const choices = (command: string, option: string) => COMMANDS.find((c) => c.name === command)!.options.find((o) => o.name === option)!.choices;
    expect(choices('check', 'preset')).toEqual(PRESETS);
    expect(choices('check', 'profile')).toEqual(PROFILES);
    for (const command of ['install', 'verify', 'update', 'remove']) expect(choices(command, 'agent')).toEqual(AGENT_NAMES);
  });

  it('refuses a value that is not among them for any command, with the nearest', () => {
    const { code, stderr } = run(['install', 'demo', '--agent', 'claude-cod'], makeTree({}));
    expect(stderr).toBe('skillpack install: --agent must be claude-code, codex, cursor, copilot or coworker, not "claude-cod"\nDid you mean claude-code?\nUsage: skillpack install [options] NAME…  (skillpack install --help for more)\n');
    expect(code).toBe(2);
  });
});
