import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe("the package's runtime export", () => {
  it('resolves skillpack/runtime to the compiled library with types', () => {
    const script = "const m = await import('skillpack/runtime'); console.log([typeof m.loadBundle, typeof m.BundleError, typeof m.toPrompt].join(' '));";
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('function function function');
  });
});
