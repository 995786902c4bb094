import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_CONFIG } from '../src/core/config.ts';
import { processSkill } from '../src/node/process.ts';
import { sourceOf } from './helpers.ts';

describe('processSkill', () => {
  it('turns a failure while checking one skill into an error on that file, not an aborted run', () => {
    const source = sourceOf('---\nname: my-skill\ndescription: Does things. Use when needed.\n---\n# Body\n');
    const failing = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const outcome = processSkill({ source, skillFile: { size: 1, sha256: 'a'.repeat(64) } }, DEFAULT_LINT_CONFIG, true, failing);
    expect(outcome.record).toBeNull();
    expect(outcome.failed).toBe(true);
    expect(outcome.diagnostics).toEqual([
      {
        file: source.file,
        line: null,
        column: null,
        rule: 'source-file',
        severity: 'error',
        message: 'skillpack failed while checking this file (RangeError: Maximum call stack size exceeded); it was not checked, so it cannot be built',
      },
    ]);
  });
});
